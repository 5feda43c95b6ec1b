from helper import *

# ---------------- wikinews-en-2019-064 (dev): Gloria Vanderbilt dies ----------------
d = D("wikinews-en-2019-064", "en")
d.A("gv", None, "Gloria Vanderbilt", "person",
    "heiress [[Gloria Vanderbilt]] died", "[[She]] had advanced", "in life, [[she]] later",
    "one of [[Vanderbilt]]'s four sons", "stated, \"[[Gloria Vanderbilt]] was",
    "[[Vanderbilt]] was born in 1924", "disease when [[she]] was one", "At the age of ten, [[Vanderbilt]] was",
    "Although [[she]] had a trust", "million that [[she]] shared", "[[Vanderbilt]] also earned income",
    "[[Vanderbilt]] took acting", "[[She]] also focused", "made [[Gloria Vanderbilt]] penetrate",
    "[[Vanderbilt]] was married to", "according to [[her memoirs]]", "[[She]] would later say",
    "[[Vanderbilt]] also authored", "[[Vanderbilt]] is survived")
d.A("cooper", None, "Anderson Cooper", "person", ("ALL", "Anderson Cooper"))
d.A("cnn", "cnn", "CNN", "media", "CNN")
d.A("cornelius", None, "Cornelius Vanderbilt", "person", "Cornelius Vanderbilt")
d.A("reginald", None, "Reginald Claypoole Vanderbilt", "person", "Reginald Claypoole Vanderbilt")
d.A("gmv", None, "Gloria Morgan Vanderbilt", "person", "Gloria Morgan Vanderbilt")
d.A("whitney", None, "Gertrude Vanderbilt Whitney", "person", "Gertrude Vanderbilt Whitney", "[[Her aunt]] won")
d.A("smithsonian", None, "Smithsonian Institution", "other", "Smithsonian")
d.A("chanel", None, "Coco Chanel", "person", "Coco Chanel")
d.A("syracuse", None, "Syracuse University", "academic", "Syracuse University")
d.A("thompson", None, "Robert Thompson", "person", "Robert Thompson")
d.A("dicicco", None, "Pasquale Di Cicco", "person", "Pasquale \"Pat\" Di Cicco")
d.A("stokowski", None, "Leopold Stokowski", "person", "Leopold Stokowski", "sons with [[Stokowski]]")
d.A("lumet", None, "Sidney Lumet", "person", "Sidney Lumet")
d.A("wyatt", None, "Wyatt Cooper", "person", "Wyatt Cooper", "union with [[Cooper]]")
d.A("flynn", None, "Errol Flynn", "person", "Errol Flynn")
d.A("sinatra", None, "Frank Sinatra", "person", "Frank Sinatra")
d.A("brando", None, "Marlon Brando", "person", "Marlon Brando")
d.A("nyt", "new-york-times", "The New York Times", "media", "the New York Times")
d.A("stanislaus", None, "Stanislaus Stokowski", "person", "Stanislaus")
d.A("christopher", None, "Christopher Stokowski", "person", "Christopher")
d.A("carter", None, "Carter Cooper", "person", "Carter Cooper")

d.Q("Gloria Vanderbilt was an extraordinary woman, who loved life, and lived it on her own terms [...] She was a painter, a writer, and designer but also a remarkable mother, wife, and friend. She was 95 years old, but ask anyone close to her, and they'd tell you, she was the youngest person they knew, the coolest, and most modern.",
    ("cooper", "[[Anderson Cooper]], of CNN"), "neutral")
d.Q("The thing that really made Gloria Vanderbilt penetrate the American consciousness was the blue jeans war of the late '70s and early 1980s [...] The jeans moved from being functional clothes to designer jeans [...] it was her attempt to take something that was so unglamorous and invest it in high fashion style.",
    ("thompson", "Robert Thompson"), "neutral")
d.Q("the steamiest book ever written by an octogenarian.", ("nyt", "the New York Times"), "neutral")

d.C("U.S. heiress Gloria Vanderbilt died on Monday at the age of 95", ("cooper", "her son [[Anderson Cooper]] announced"))
d.C("also had some degree of romantic involvement with, amongst others, Errol Flynn, Frank Sinatra, and Marlon Brando",
    ("gv", "according to [[her memoirs]]"))
d.C("her union with Cooper was her only happy marriage", ("gv", "[[She]] would later say"))

d.Dt("Thursday, June 20, 2019", "2019-06-20", "day")
d.Dt("Monday", "2019-06-17", "day")
d.Dt("1924", "1924", "year")
d.Dt("1955", "1955", "year")
d.Dt("1990", "1990", "year")
d.Dt("2009", "2009", "year")
d.E("Monday", "U.S. heiress Gloria Vanderbilt died on Monday at the age of 95, her son Anderson Cooper announced", ["gv", "cooper"])
d.E("1924", "Vanderbilt was born in 1924 into the wealthy Vanderbilt family, great-great granddaughter of the railroad and shipping tycoon Cornelius Vanderbilt", ["gv"])
d.E("1955", "Encouraged to explore creative outlets by a psychotherapist, Vanderbilt took acting lessons and eventually performed on stage in The Time of Your Life in 1955 and appeared on television programs", ["gv"])
d.E("1990", "In 1990, the Smithsonian museum featured her jeans alongside the works of designers including Coco Chanel in an exhibit on gender and style", ["smithsonian"])
d.E("2009", "Vanderbilt also authored several books, including the memoirs Once Upon a Time and Black Knight, White Knight and the 2009 novel Obsession, which the New York Times called \"the steamiest book ever written by an octogenarian.\"", ["gv"])

# ---------------- wikinews-en-2019-039 (dev): Bradford children's home abuse ----------------
d = D("wikinews-en-2019-039", "en")
d.A("hall", None, "Durham Hall", "person", "Durham Hall")
d.A("melly", None, "Kama Melly", "person", "Kama Melly")
d.A("council", None, "Bradford Council", "government", "Bradford Council")
d.A("board", None, "Safeguarding Board (Bradford)", "other", "The Safeguarding Board")

d.Q("appear not to have shown any respect for the minimum standards of decent behaviour.", ("hall", "Durham Hall"), "neutral")
d.Q("ripe and vulnerable to manipulation", ("melly", "Kama Melly"), "neutral")
d.Q("to satisfy [the accused's] sexual desires", ("melly", "Kama Melly"), "neutral")
d.Q("there is nothing to be ashamed of", None, "neutral")
d.Q("nothing but a toy to play with", None, "neutral")
d.Q("The Safeguarding Board will look closely at this case to see if there are any lessons we can learn that could help us keep young people safer",
    ("council", "Bradford Council"), "neutral")

d.C("the victims were \"ripe and vulnerable to manipulation\" and had been used \"to satisfy [the accused's] sexual desires\"", ("melly", "Kama Melly"))
d.C("she did this to show victims \"there is nothing to be ashamed of\"", None)
d.C("the men thought they were \"nothing but a toy to play with\"", None)

d.Dt("Saturday, March 2, 2019", "2019-03-02", "day")
d.Dt("Wednesday", "2019-02-27", "day")

# ---------------- wikinews-en-2019-060 (dev): Taiwan legalizes same-sex marriage ----------------
d = D("wikinews-en-2019-060", "en")
d.A("ly", None, "Legislative Yuan", "legislature", "the legislature of Taiwan", ("ALL", "Legislative Yuan"))
d.A("court", None, "Constitutional Court (Taiwan)", "court", ("ALL", "Constitutional Court"))
d.A("twgov", None, "Government of Taiwan", "government", "The Taiwanese government")
d.A("lu", None, "Jennifer Lu", "person", "Jennifer Lu")
d.A("mect", None, "Marriage Equality Coalition Taiwan", "ngo", "Marriage Equality Coalition Taiwan")
d.A("wei", None, "Xiaogang Wei", "person", "Xiaogang Wei")
d.A("bghei", None, "Beijing Gender Health Education Institute", "ngo", "Beijing Gender Health Education Institute")
d.A("cngov", "chinese-government", "Chinese government", "government", "The Chinese government")

d.Q("[I]t's still not full marriage rights; we still need to fight for co-adoption rights, and we are not sure about foreigner and Taiwanese marriage, and also gender equality education.",
    ("lu", "Jennifer Lu"), "neutral")
d.Q("The Chinese government has pointed to cultural tradition as a reason for same-sex marriage being unsuitable in China. But the decision in Taiwan, which shares a cultural tradition with us, proves that Chinese culture can be open, diverse and progressive.",
    ("wei", "Xiaogang Wei"), "neutral")
d.Q("different treatment", ("court", "Taiwan's [[Constitutional Court]]"), "neutral")

d.C("not allowing gay citizens to marry constituted \"different treatment\" incompatible with the constitution",
    ("court", "Taiwan's [[Constitutional Court]]"))

d.Dt("Sunday, May 19, 2019", "2019-05-19", "day")
d.Dt("Friday", "2019-05-17", "day")
d.Dt("Court in [[2017]]", "2017", "year")
d.Dt("late this week", "2019-05-19", "day", True)
d.Dt("November 2018", "2018-11", "month")
d.Dt("late last year", "2018", "year", True)
d.Dt("In [[2017]], Taiwan", "2017", "year")
S1 = "On Friday the legislature of Taiwan, the Legislative Yuan, voted 66 to 27 to legalize same-sex marriage, seven days ahead of the two-year deadline issued by the country's Constitutional Court in 2017"
d.E("Friday", S1, ["ly"])
d.E("Court in [[2017]]", S1, ["court"])
d.E("November 2018", "The Taiwanese government held a referendum in November 2018, allowing the population to vote on same-sex marriage, and 67% came out against", ["twgov"])
d.E("In [[2017]], Taiwan", "In 2017, Taiwan's Constitutional Court, which rules on constitutional matters, said not allowing gay citizens to marry constituted \"different treatment\" incompatible with the constitution", ["court"])

# ---------------- wikinews-en-2019-057 (test): Kaczyński promises stricter punishments ----------------
d = D("wikinews-en-2019-057", "en")
d.A("kacz", None, "Jarosław Kaczyński", "person", "Jarosław Kaczyński", ("ALL", "Kaczyński", ["Jarosław [[Kaczyński]]"]))
d.A("pis", None, "Law and Justice", "other", "Law and Justice Party", "Prawo i Sprawiedliwość", "said [[the party]] was ready")
d.A("youtube", None, "YouTube", "company", "YouTube")
d.A("tsek", None, "Tomasz Sekielski", "person", "[[Tomasz]] and Marek", "Tomasz Sekielski")
d.A("msek", None, "Marek Sekielski", "person", "Marek Sekielski")
d.A("polak", None, "Wojciech Polak", "person", "Wojciech Polak")
d.A("franowska", None, "Anna Franowska", "person", "Anna Franowska")
d.A("hnf", None, "Have no fear", "ngo", "Have no fear")
d.A("reuters", "reuters", "Reuters", "media", "Reuters")
d.A("francis", None, "Pope Francis", "person", "Pope [[Francis]]")

d.Q("We prepared changes to the penal code meaning this crime will be punished very severely [...] there will be no suspended sentences, there will be severe penalties, maybe even up to 30 years in prison",
    ("kacz", "[[Kaczyński]] said, \"We"), "neutral")
d.Q("I am deeply disturbed by what I saw in Tomasz Sekielski's film.  The enormous suffering of those who have been hurt gives rise to pain and shame [...] I am sorry for every wound inflicted by people of the church.",
    ("polak", "Wojciech Polak"), "neutral")
d.Q("just another apology", ("franowska", "Anna Franowska"), "neutral")
d.Q("it almost appears as if the statement was prepared before the church officials saw the movie", ("franowska", "Anna Franowska"), "neutral")

d.C("intent to impose stricter punishment for child sexual abuse", ("kacz", "Jarosław Kaczyński"))
d.C("the party was ready with amendments to the penal code for sentencing up to 30-year prison terms for child sexual abuse",
    ("kacz", "[[Kaczyński]] said the party"))

d.Dt("Wednesday, May 15, 2019", "2019-05-15", "day")
d.Dt("Sunday", "2019-05-12", "day")
d.Dt("on [[Saturday]]", "2019-05-11", "day")
d.Dt("Thursday", "2019-05-09", "day")
d.E("Sunday", "On Sunday, Polish leader Jarosław Kaczyński of the conservative Law and Justice Party ((pl))Polish language: \u200dPrawo i Sprawiedliwość publicly declared intent to impose stricter punishment for child sexual abuse", ["kacz"])
d.E("on [[Saturday]]", "This announcement comes after the documentary Just don't tell anyone ((pl))Polish language: \u200dTylko nie mów nikomu was released on YouTube on Saturday", ["youtube"])
d.E("Thursday", "On Thursday, the leader of Roman Catholic Christianity, Pope Francis, imposed a law mandating Catholic priests and nuns to report cases of sexual abuse in the religious congregation to the higher church authorities", ["francis"])

# ---------------- wikinews-en-2019-135 (dev): PG&E power outages ----------------
d = D("wikinews-en-2019-135", "en")
d.A("pge", None, "Pacific Gas and Electric Company", "company", "Pacific Gas and Electric Company", ("ALL", "PG&E"),
    "[[The company]] apologized")
d.A("singh", None, "Sumeet Singh", "person", "Sumeet Singh")
d.A("duffey", None, "Evan Duffey", "person", "Evan Duffey")
d.A("lewis", None, "Michael Lewis", "person", "Michael Lewis")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")

d.Q("We very much understand the inconvenience and difficulties such a power outage would cause", ("singh", "Sumeet Singh"), "neutral")
d.Q("This is forecast to be the strongest offshore wind event since October 2017", ("duffey", "Evan Duffey"), "neutral")
d.Q("The safety of our customers and the communities we serve is our most important responsibility, which is why PG&E has decided to turn power off to customers during this widespread, severe wind event. We understand the effects this event will have on our customers and appreciate the public's patience as we do what is necessary to keep our communities safe and reduce the risk of wildfire",
    ("lewis", "Michael Lewis"), "neutral")

d.C("it scheduled the blackouts in response to forecasts for high winds amid dry conditions", ("pge", "[[PG&E]] stated"))
d.C("by noon today over half a million could be affected, at which point phase two was planned to begin", ("pge", "According to [[PG&E]]'s schedule"))
d.C("school districts across the area announced school closings", None)
d.C("phase one had been completed", ("pge", "[[PG&E]] announced via Twitter"))

d.Dt("Wednesday, October 9, 2019", "2019-10-09", "day")
d.Dt("tomorrow", "2019-10-10", "day")
d.Dt("today", "2019-10-09", "day")
d.Dt("yesterday", "2019-10-08", "day")
d.Dt("last night", "2019-10-08", "day")
d.Dt("October 2017", "2017-10", "month")
d.E("today", "According to PG&E's schedule, by noon today over half a million could be affected, at which point phase two was planned to begin", ["pge"])
d.E("yesterday", "PG&E announced the schedule in a press release late yesterday and followed it up with a press conference last night", ["pge"])

# ---------------- wikinews-en-2019-124 (dev): Warholm wins 400 m hurdles ----------------
d = D("wikinews-en-2019-124", "en")
d.A("warholm", None, "Karsten Warholm", "person", "Karsten Warholm", ("ALL", "Warholm", ["Karsten [[Warholm]]"]),
    "[[He]] also commented")
d.A("iaaf", None, "International Association of Athletics Federations", "other", "IAAF")
d.A("benjamin", None, "Rai Benjamin", "person", "Rai Benjamin")
d.A("samba", None, "Abderrahman Samba", "person", "Abderrahman Samba")
d.A("bbc", "bbc", "BBC", "media", "BBC Sport")
d.A("young", None, "Kevin Young", "person", "Kevin Young")

d.Q("This was a very tough race. I actually felt my heart was going to stop [...] I thought 'I'm going to die but it's going to be worth it'.",
    ("warholm", "[[Warholm]] said"), "neutral")
d.Q("This is only the beginning and I am very lucky to win [...] It's deserved but in the future these guys will be tougher to beat. Tomorrow I have to get up and work again. That is what I love.",
    ("warholm", "[[He]] also commented"), "neutral")

d.Dt("Tuesday, October 1, 2019", "2019-10-01", "day")
d.Dt("Yesterday", "2019-09-30", "day")
d.Dt("the [[2019]] IAAF", "2019", "year")
d.Dt("2017", "2017", "year")
d.Dt("Tomorrow", "2019-10-02", "day")
d.Dt("Earlier this year", "2019", "year")
d.Dt("1992", "1992", "year")
d.E("Yesterday", "Yesterday, Karsten Warholm of Norway won the 400 metres hurdles final at the 2019 IAAF World Athletics Championships in Doha, Qatar", ["warholm"])
d.E("Earlier this year", "Earlier this year, Warholm set a personal best time of 46.92 seconds in the 400 m hurdles, the second-fastest time recorded in the history of the event", ["warholm"])

# ---------------- wikinews-en-2019-120 (test): New South Wales decriminalizes abortion ----------------
d = D("wikinews-en-2019-120", "en")
d.A("nswparl", None, "Parliament of New South Wales", "legislature", "Parliament of New South Wales",
    "[[The NSW legislature]] in Sydney", "people in the [[Parliament]]")
d.A("greenwich", None, "Alex Greenwich", "person", "Alex Greenwich")
d.A("conolly", None, "Kevin Conolly", "person", "Kevin Conolly")
d.A("abbott", None, "Tony Abbott", "person", "Tony Abbott")
d.A("sharpe", None, "Penny Sharpe", "person", "Penny Sharpe")
d.A("davies", None, "Tanya Davies", "person", "Tanya Davies")
d.A("berejiklian", None, "Gladys Berejiklian", "person", "Gladys Berejiklian")

d.Q("It follows decades of work from women's rights campaigners, activists and people in the Parliament", ("greenwich", "Alex Greenwich"), "neutral")
d.Q("sad day for NSW", ("conolly", "Kevin Conolly"), "neutral")
d.Q("It is a license for sex-selection abortions. It is a license for late-term abortion [...] It is effectively infanticide on demand.",
    ("abbott", "Tony Abbott"), "neutral")
d.Q("The current law has meant women and doctors have a threat of 10 years in jail for making this decision and that's not okay",
    ("sharpe", "Penny Sharpe"), "neutral")
d.Q("We have moved the bill to a better place", ("davies", "Tanya Davies"), "neutral")

d.C("a law allowing the termination of a life marked a \"sad day for NSW\"", ("conolly", "Kevin Conolly"))

d.Dt("Friday, September 27, 2019", "2019-09-27", "day")
d.Dt("Yesterday", "2019-09-26", "day")
d.Dt("Bill [[2019]]", "2019", "year")
d.Dt("1900", "1900", "year")
d.E("Yesterday", "Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the \"Reproductive Health Care Reform Bill 2019\" which decriminalized abortion", ["nswparl"])

# ---------------- wikinews-en-2019-032 (dev): Karol Bagh hotel fire ----------------
d = D("wikinews-en-2019-032", "en")
d.A("hotel", None, "Hotel Arpit Palace", "company", "Hotel Arpit Palace", "[[The hotel's website]] estimated")
d.A("embassy", None, "Embassy of Myanmar in New Delhi", "government", "the Myanma embassy")
d.A("dfs", None, "Delhi Fire Service", "agency", "a fire officer", "the fire service")
d.A("police", None, "Delhi Police", "agency", "according to [[police]]")
d.A("modi", None, "Narendra Modi", "person", "Narendra Modi")
d.A("jain", None, "Satyendra Jain", "person", "Satyendra Jain")

d.Q("Deeply saddened by the loss of lives", ("modi", "Narendra Modi"), "neutral")
d.Q("condolences to the families of those who lost their lives. May the injured recover soon.", ("modi", "Narendra Modi"), "neutral")
d.Q("Buildings can only be constructed up to four floors in Delhi[...] This hotel had been built up to six floors. It's gross negligence on the part of the officers who allowed the extra floors to be built. The entire hotel has wooden panelling, this shows carelessness on the part of the owner.",
    ("jain", "Satyendra Jain"), "neutral")

d.C("At least seventeen people died and 35 were rescued", None)
d.C("two Buddhist pilgrims from Myanmar also died", ("embassy", "the Myanma embassy"))
d.C("wooden panels led to corridors becoming unusable for escape", ("dfs", "a fire officer"))
d.C("most of the deceased suffocated", None)
d.C("One child was, according to the fire service, among the dead", ("dfs", "the fire service"))
d.C("120 people were in the 25-year-old building at the time", ("hotel", "The hotel's website"))
d.C("A judicial inquiry was ordered", ("police", "according to [[police]]"))
d.C("the deceased child and his mother were among victims who leapt from the burning hotel", None)
d.C("safety standards are routinely ignored", None)

d.Dt("Wednesday, February 13, 2019", "2019-02-13", "day")
d.Dt("yesterday", "2019-02-12", "day")
d.E("yesterday", "The Hotel Arpit Palace in the Karol Bagh area of the Indian capital, New Delhi, caught fire yesterday morning", ["hotel"])

# ---------------- wikinews-en-2019-003 (spare, dev): Koszalin escape room fire ----------------
d = D("wikinews-en-2019-003", "en", split="dev")
d.A("duda", None, "Andrzej Duda", "person", "Andrzej Duda", "[[Duda]] also characterised")
d.A("brudz", None, "Joachim Brudziński", "person", "Joachim Brudziński", "wrote [[he]] had ordered", "[[He]] tweeted", "Brudzinski")
d.A("psp", None, "State Fire Brigade (Poland)", "agency", "the State Fire Brigade")
d.A("kubiak", None, "Tomasz Kubiak", "person", "Tomasz Kubiak")
d.A("afp", "afp", "Agence France-Presse", "media", "Agence France-Presse")
d.A("kosiec", None, "Monika Kosiec", "person", "Monika Kosiec", "[[Kosiec]] revealed")
d.A("plpolice", None, "Polish Police", "agency", "stated [[police]] believe", "revealed [[police]] have")
d.A("pap", None, "Polska Agencja Prasowa", "media", "PAP")
d.A("jedlinski", None, "Piotr Jedlinski", "person", "Piotr Jedlinski")

d.Q("joyful girls starting out in life [who] have had life torn away from them", ("duda", "Andrzej Duda"), "neutral")
d.Q("appalling tragedy", ("duda", "Andrzej Duda"), "neutral")
d.Q("I want to express my sympathy and regrets to the families of the victims of the fire", ("brudz", "[[He]] tweeted"), "neutral")
d.Q("crushing", ("duda", "[[Duda]] also characterised"), "neutral")
d.Q("May God protect their parents and loved ones.", ("duda", "[[Duda]] also characterised"), "neutral")
d.Q("severe burns", ("kubiak", "Tomasz Kubiak"), "neutral")

d.C("the victims were \"joyful girls starting out in life [who] have had life torn away from them\" in an \"appalling tragedy\"", ("duda", "Andrzej Duda"))
d.C("he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade", ("brudz", "Joachim Brudziński"))
d.C("the male victim is in intensive care with \"severe burns\"", ("kubiak", "Tomasz Kubiak"))
d.C("police believe him to be aged 25", ("kosiec", "Monika Kosiec"))
d.C("police have been unable to question him", ("kosiec", "[[Kosiec]] revealed"))
d.C("all five deaths were caused by carbon monoxide poisoning", ("pap", "PAP"))

d.Dt("Saturday, January 5, 2019", "2019-01-05", "day")
d.Dt("yesterday", "2019-01-04", "day")
d.Dt("tomorrow", "2019-01-06", "day")
d.E("tomorrow", "Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning", ["jedlinski"])

# ---------------- wikinews-en-2019-084 (spare, dev): two life-saving Ebola treatments ----------------
d = D("wikinews-en-2019-084", "en", split="dev")
d.A("fauci", None, "Anthony Fauci", "person", "Anthony Fauci")
d.A("niaid", None, "National Institute of Allergy and Infectious Diseases", "agency",
    "United States National Institute of Allergy and Infectious Diseases", "NIAID")
d.A("muyembe", None, "Jean-Jacques Muyembe", "person", ("ALL", "Muyembe", ["Jean-Jacques [[Muyembe]]"]),
    "Jean-Jacques Muyembe", "[[He]] went on to say", "[[he]] told the press")
d.A("inrb", None, "Institut National de Recherche Biomédicale", "academic", "Institut National de Recherche Biomédicale")
d.A("ridgeback", None, "Ridgeback Biotherapeutics", "company", "Ridgeback Biotherapeutics")
d.A("ryan", None, "Mike Ryan", "person", "Mike Ryan")
d.A("who", None, "World Health Organization", "other", "World Health Organization", ("ALL", "WHO"))
d.A("drcgov", None, "Government of the Democratic Republic of the Congo", "government", "the government of the DRC")

d.Q("From now on, we will no longer say that Ebola is incurable[.]", ("muyembe", "Jean-Jacques Muyembe"), "neutral")
d.Q("What will stop Ebola, under professor Muyembe's leadership and that of the government of the DRC, is good surveillance, good infection prevention and control, good community engagement, excellent vaccinations, and the use of these therapeutics in the most effective way possible.",
    ("ryan", "Mike Ryan"), "neutral")
d.Q("Now that 90% of their patients can go into the treatment center and come out completely cured", ("muyembe", "[[he]] told the press"), "neutral")
d.Q("they will start believing it and building trust in the population and community[.]", ("muyembe", "[[he]] told the press"), "neutral")

d.C("a trial of four possible Ebola drugs was stopped early because two of them had already shown considerable progress in treating the disease and saving the lives of those infected",
    ("fauci", "Anthony Fauci"))
d.C("thousands of deaths could be prevented", ("muyembe", "[[He]] went on to say"))
d.C("it had less benefit than sought in preventing death", None)
d.C("the new drugs were only part of the solution", ("ryan", "Mike Ryan"))
d.C("Past EVD outbreak mortality rates have been at least 25%, as high as 90%, and averaged around 50%", ("who", "according to [[WHO]]'s statistics"))
d.C("many people do not seek treatment because they see their friends and relatives die after entering a care facility",
    ("muyembe", "According to [[Muyembe]], many"))

d.Dt("Thursday, August 15, 2019", "2019-08-15", "day")
d.Dt("Monday", "2019-08-12", "day")
d.Dt("last November", "2018-11", "month")
d.Dt("1995", "1995", "year")
d.E("Monday", "On Monday morning, Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases (NIAID), announced a trial of four possible Ebola drugs was stopped early because two of them had already shown considerable progress in treating the disease and saving the lives of those infected", ["fauci", "niaid"])

# ---------------- wikinews-en-2019-160 (spare, dev): Egyptians collected wild ibises ----------------
d = D("wikinews-en-2019-160", "en", split="dev")
d.A("plos", None, "PLOS ONE", "media", "PLOS ONE")
d.A("wasef", None, "Sally Wasef", "person", "Sally Wasef", "according to [[Wasef]]", "Wasif")
d.A("griffith", None, "Griffith University", "academic", "Griffith University")
d.A("antiq", None, "Egyptian Ministry of State for Antiquity", "ministry", "Egyptian Ministry of State for Antiquity")

d.Q("The ibis was considered [to represent] the god Thoth, the god of wisdom, the god of magic, the god of judgment, writing all sorts of things [...] If you had a boss that annoys you and you don't feel like you are getting a good judgment from him or you want fairness and justice, you go and ask Thoth to interfere and in return you promise to offer him an ibis, a mummified ibis, in his annual feast.",
    ("wasef", "Sally Wasef"), "neutral")
d.Q("next to each temple there was like a lake or a wetland — it is a natural habitat for the ibis to live in and if you are giving them food they will keep coming[.]",
    ("wasef", "Wasif"), "neutral")

d.C("ancient Egyptians captured sacred ibises (Threskiornis aethiopicus) from the wild for use in ritual sacrifice rather than domesticating the birds", None)
d.C("they were sacrificed to the god Thoth, who is often depicted with the head of an ibis, the way Horus is shown with the head of a falcon and Bast with the head of a cat", None)
d.C("Egyptians raised or farmed the birds to make them available in the necessary numbers", None)
d.C("archaeologists have not yet turned up any hatchery structures", ("wasef", "according to [[Wasef]]"))
d.C("If the birds had been domesticated or even heavily farmed, they reasoned, the Egyptian specimens would have shown only a little genetic diversity", None)
d.C("sacrifice and mummification of sacred ibises was common in Egypt from about 664 b.c.e. to 250 c.e., from the twenty-sixth dynasty into the early period of Roman Egypt", None)

d.Dt("Saturday, November 16, 2019", "2019-11-16", "day")
d.Dt("Wednesday", "2019-11-13", "day")
d.Dt("250 c.e.", "0250", "year")
d.E("Wednesday", "In findings published on Wednesday in the journal PLOS ONE, an international team of scientists report ancient Egyptians captured sacred ibises (Threskiornis aethiopicus) from the wild for use in ritual sacrifice rather than domesticating the birds", ["plos"])
