from helper import *

# English real-news gold, batch c (selection-c.json, the six "en" ids with split "dev").
# All six have a direct quote or a reported claim: no spare was needed.
# Shared calls: names inside quotes are mentions; descriptions in subject position inside
# quotes are mentions (as en2's "\"[[The government]] will fully" and en4's "as long as
# [[the government]] doesn't"); pronouns inside quotes are not listed (as en.py's Cooper
# quote "She was a painter ..."). "X reportedly Y" / "Y, as news sources noted, Z" with a
# full clause is a claim with a null source (the attribution stays inside the span when it
# sits in the middle). A "today" inside a quote is the day the speaker refers to (as en4's
# "today" in Ingram's post-match quote); a date only inside a quote gives no event.

# ---------------- wikinews-en-2019-145 (dev) ----------------
# Published Wednesday 2019-10-16; "Today" is that day. "the third quarter" (inside Lam's
# quote) has no representable precision (like en3's "the 21st century"): left out.
# "mid-August" keeps the month, approximate; "for 2019" and "since 2009" are years.
# "The council" (subject) and "Council" in "Council President Andrew Leung" (as en4's
# "[[Society]] President") are mentions of the Legislative Council; "the council chambers"
# is a modifier. "the pro-democracy camp" and "the pro-Beijing camp" are the named
# political blocs ("other"); "protesting legislators", "Lawmakers", "A number of
# legislators" are unnamed groups. "the government lowered ..." inside Lam's quote is the
# Hong Kong government (subject position); "the chief executive" in Ip's quote is an agent
# and a possessor, not a mention; "she" in Chan's quote is a pronoun inside a quote.
# "noting it was the worst ..." is a claim of Lam; "This was reportedly the first such
# occurrence" a claim with a null source. "spoke on the economy", "introduced housing and
# property initiatives" have noun-phrase objects: no claims. The mid-August event dates the
# government's act (Lam is only the speaker), as en4 dates the "August 2018" assault.
d = D("wikinews-en-2019-145", "en")
d.A("lam", None, "Carrie Lam", "person", "Hong Kong [[Carrie Lam]] delivered", "please [[Carrie Lam]], please",
    ("ALL", "Lam", ["Hong Kong Carrie [[Lam]] delivered", "please Carrie [[Lam]], please"]),
    "[[She]] further stated", "[[she]] said, noting")
d.A("legco", None, "Legislative Council of Hong Kong", "legislature", "Legislative Council",
    "[[The council]] was adjourned", "[[Council]] President")
d.A("prodem", None, "Pro-democracy camp (Hong Kong)", "other", "pro-democracy camp")
d.A("leung", None, "Andrew Leung", "person", "Andrew Leung")
d.A("hkgov", None, "Government of Hong Kong", "government", "[[the government]] lowered")
d.A("chan", None, "Tanya Chan", "person", "Tanya Chan")
d.A("ip", None, "Regina Ip", "person", "Regina Ip")
d.A("probeijing", None, "Pro-Beijing camp (Hong Kong)", "other", "pro-Beijing camp")

d.Q("any acts that advocate Hong Kong’s independence and threaten the country’s sovereignty, security and development interests will not be tolerated.",
    ("lam", "[[Lam]] said, \"any"), "neutral")
d.Q("So long as Hong Kong remains impeded by unresolved disputes, ongoing violence, confrontation and discord, our city cannot embark on the road to reconciliation and people will lose faith in the future […] We have to put aside differences and stop attacking each other",
    ("lam", "[[She]] further stated"), "neutral")
d.Q("The Hong Kong economy has already slipped into a technical recession since the third quarter. In mid-August, the government lowered the economic growth forecast for 2019 to 0 – 1%",
    ("lam", "[[she]] said, noting"), "neutral")
d.Q("I really urge [Lam], if she can’t govern Hong Kong, and has no determination to govern Hong Kong, and no ability or even capability of administrating Hong Kong, to please step down. This is the only way we can have a good future, the only way Hong Kong can go forward. Please, please Carrie Lam, please don’t let us suffer anymore. Please go.",
    ("chan", "Tanya Chan"), "neutral")
d.Q("The behavior of my colleagues in disrupting the delivery of the policy address by the chief executive is anti-democratic and oppressive of the rights of the chief executive, and the rights and freedoms of myself and colleagues who want to listen to the policy address",
    ("ip", "Regina Ip"), "neutral")

d.C("This was reportedly the first such occurrence", None)
d.C("it was the worst their economy had performed since 2009", ("lam", "[[she]] said, noting"))

d.Dt("Wednesday, October 16, 2019", "2019-10-16", "day")
d.Dt("Today", "2019-10-16", "day")
d.Dt("mid-August", "2019-08", "month", True)
d.Dt("forecast for [[2019]]", "2019", "year")
d.Dt("2009", "2009", "year")

d.E("Today", "Today, Chief Executive of Hong Kong Carrie Lam delivered her annual policy speech", ["lam"])
d.E("mid-August", "In mid-August, the government lowered the economic growth forecast for 2019 to 0 – 1%\", she said, noting it was the worst their economy had performed since 2009",
    ["hkgov"])

# ---------------- wikinews-en-2020-013 (dev) ----------------
# Published Monday 2020-01-20 (no dateline in the text): both "Friday"s are 2020-01-17,
# "today" 2020-01-20, "December" (past, later than January) 2019-12, "January 12"
# 2020-01-12. "researchers at Imperial College London" resolve to the college (as en2's "A
# spokesperson for Stagecoach South"); "The research team" (subject, the same researchers who
# "posted their findings") is a mention of the college too. The MRC Centre, which conducted
# the study, is its own actor (name only). "posted findings estimating [that] the number ...
# may considerably exceed 1000" has a clause as content: a claim. "total of 1,723 cases" is a
# partial quote of the study (speaker: the college, antecedent in the previous sentence); the
# report quote's speaker is the antecedent "The research team". "Chinese officials" and
# "Chinese authorities" are the Chinese government (as the seed's "des responsables
# britanniques" = uk-government), and "United States authorities" the US government.
# "Chinese authorities have speculated [that] the virus was transferred ..." is a claim; the
# closing relative clause ", where most of the infected people were found" is the writer's
# description of the market and is left out. "The study didn't exclude the possibility ...",
# "declared similar measures" have noun-phrase objects: no claims. "Singapore and Hong Kong
# have intensified screening" is metonymy (the governments act). The "January 12" sentence
# has no actor: no event.
d = D("wikinews-en-2020-013", "en")
d.A("imperial", None, "Imperial College London", "academic", "researchers at Imperial College London",
    "[[Imperial College London]]'s MRC", "The research team")
d.A("mrc", None, "MRC Centre for Global Infectious Disease Analysis", "academic", "MRC Centre for Global Infectious Disease Analysis")
d.A("china", "chinese-government", "Chinese government", "government", "Chinese officials", "Chinese authorities")
d.A("singapore", None, "Government of Singapore", "government", "Singapore")
d.A("hkgov", None, "Government of Hong Kong", "government", "Singapore and [[Hong Kong]] have")
d.A("usgov", "us-government", "US government", "government", "United States authorities")

d.Q("total of 1,723 cases", ("imperial", "[[Imperial College London]]'s MRC"), "neutral")
d.Q("It is likely that the Wuhan outbreak of a novel coronavirus has caused substantially more cases of moderate or severe respiratory illness than currently reported",
    ("imperial", "The research team"), "neutral")

d.C("the number of people infected with a new coronavirus may considerably exceed 1000",
    ("imperial", "researchers at Imperial College London"))
d.C("it has infected over 200 people mostly in Wuhan and killed three people", ("china", "Chinese officials"))
d.C("the virus was transferred to humans from animals in a seafood market in Wuhan", ("china", "Chinese authorities"))

d.Dt("On [[Friday]], researchers", "2020-01-17", "day")
d.Dt("December", "2019-12", "month")
d.Dt("today", "2020-01-20", "day")
d.Dt("January 12", "2020-01-12", "day")
d.Dt("From [[Friday]], United", "2020-01-17", "day")

d.E("On [[Friday]], researchers", "On Friday, researchers at Imperial College London posted findings estimating the number of people infected with a new coronavirus may considerably exceed 1000",
    ["imperial"])
d.E("today", "As of today, Chinese officials confirmed it has infected over 200 people mostly in Wuhan and killed three people",
    ["china"])
d.E("From [[Friday]], United", "From Friday, United States authorities declared similar measures for San Francisco, Los Angeles and New York major airports",
    ["usgov"])

# ---------------- wikinews-en-2020-040 (dev) ----------------
# Published Tuesday 2020-03-17 (no dateline): "Saturday" is 2020-03-14, "February"
# 2020-02, "March 16" 2020-03-16, both "earlier this month" 2020-03 (month, as the gold
# fixtures). "for 21 years", "so far" are not dates. The Saturday sentence has no actor (the
# attendees are unnamed): no event. "Reuters estimated [that] around 200 people attended
# ..." has a clause as content: a claim. "COVID-19 was previously announced to be a
# "pandemic" by the WHO" is a passive report with an infinitive (as en4's "was said to have
# been ..."): a claim of the WHO, the agent left out; "pandemic" is a term, not a quote.
# "According to the WHO's situation report" and "The WHO's website said" are the WHO (as
# en.py's "according to [[WHO]]'s statistics"); the WHO has the registry id "who". "had
# previously cited the medicinal benefits", "Similar sentiment was shared" have noun-phrase
# content: no claims. "a Minister of Legislative Assembly from Assam" (passive agent) is
# Suman Haripriya, named in the next sentence; "the Hajo assembly" is her constituency, not
# an actor. "these ignorant, arrogant Telangana ministers" / "these ministers" (subjects
# inside Chakrapani's quote) are members of the Telangana state government (as the seed's
# "des responsables britanniques"). The Hindi original after "((hi))" has no quotation
# marks: not a quote. "14 have recovered so far" is not reportative: no continuation claim.
d = D("wikinews-en-2020-040", "en")
d.A("abhm", None, "Akhil Bharat Hindu Mahasabha", "other", "Akhil Bharat Hindu Mahasabha",
    "All India Hindu Union", ("ALL", "ABHM"))
d.A("chakrapani", None, "Swami Chakrapani", "person", "Swami Chakrapani",
    ("ALL", "Chakrapani", ["Swami [[Chakrapani]]"]))
d.A("reuters", "reuters", "Reuters", "media", ("ALL", "Reuters"))
d.A("prakash", None, "Om Prakash", "person", "Om Prakash")
d.A("who", "who", "World Health Organization", "other", "World Health Organization", ("ALL", "WHO"))
d.A("telangana", None, "Government of Telangana", "government", "Telangana ministers",
    "[[these ministers]] should promptly")
d.A("theprint", None, "ThePrint", "media", "ThePrint")
d.A("bjp", None, "Bharatiya Janata Party", "other", "Bharatiya Janta Party")
d.A("haripriya", None, "Suman Haripriya", "person", "a Minister of Legislative Assembly from Assam", "Suman Haripriya")
d.A("jhu", None, "Johns Hopkins Center for Systems Science and Engineering", "academic",
    "Johns Hopkins Center for Systems Science and Engineering")

d.Q("We have been drinking cow urine for 21 years, we also take bath in cow dung. We have never felt the need to consume English medicine",
    ("prakash", "Om Prakash"), "neutral")
d.Q("Coronavirus has come because of the people who kill and eat animals. When you kill an animal, it creates a sort of energy that causes destruction in that place",
    ("chakrapani", "ABHM president [[Chakrapani]] said"), "neutral")
d.Q("Corona is not a virus, but avatar for the protection of poor creatures. They have come to give the message of death and punishment to the one who eats them",
    ("chakrapani", "In February, [[Chakrapani]] said"), "neutral")
d.Q("While some western, traditional or home remedies may provide comfort and alleviate symptoms of COVID-19, there is no evidence that current medicine can prevent or cure the disease. The WHO does not recommend self-medication with any medicines, including antibiotics, as a prevention or cure for COVID-19.",
    ("who", "The [[WHO]]'s website said"), "neutral")
d.Q("I request all the presidents and prime ministers of the world to take cow urine on a daily basis. You have all these scientists who don't know the cure, we have the cure given to us by the gods",
    ("chakrapani", "[[Chakrapani]] proposed"), "neutral")
d.Q("Corona was quiet in India because of yajña rituals.  But these ignorant, arrogant Telangana ministers have challenged corona by killing animals and eating chicken in public, that there is a speculation of seeing the most formidable form of corona.  Thus, these ministers should promptly seek forgiveness from corona, else it would be a disaster that noone can stop.",
    ("chakrapani", "[[Chakrapani]] had said"), "neutral")
d.Q("Just like we organise tea parties, we have decided to organise a gaumutra party, wherein we will inform people about what is coronavirus and how, by consuming cow-related products, people can be saved from it",
    ("chakrapani", "[[Chakrapani]] told ThePrint"), "neutral")
d.Q("Coronavirus is an airborne disease and it can be cured by using gaumutra and cow dung.",
    ("haripriya", "Suman Haripriya"), "neutral")

d.C("around 200 people attended the event held at the Indian capital city of New Delhi", ("reuters", "[[Reuters]] estimated"))
d.C("COVID-19 was previously announced to be a \"pandemic\"", ("who", "World Health Organization"))
d.C("the virus claimed 6606 lives, and 167,515 cases were reported of this disease", ("who", "the [[WHO]]'s situation report"))
d.C("there are at least 142 cases in India, of which three patients have died",
    ("jhu", "Johns Hopkins Center for Systems Science and Engineering"))

d.Dt("Saturday", "2020-03-14", "day")
d.Dt("February", "2020-02", "month")
d.Dt("March 16", "2020-03-16", "day")
d.Dt("Earlier this month", "2020-03", "month")
d.Dt("Assam [[earlier this month]]", "2020-03", "month")

d.E("February", "In February, Chakrapani said, \"Corona is not a virus, but avatar for the protection of poor creatures. They have come to give the message of death and punishment to the one who eats them\"",
    ["chakrapani"])
d.E("March 16", "According to the WHO's situation report dated March 16, the virus claimed 6606 lives, and 167,515 cases were reported of this disease",
    ["who"])
d.E("Earlier this month", "Earlier this month, Chakrapani told ThePrint, \"Just like we organise tea parties, we have decided to organise a gaumutra party, wherein we will inform people about what is coronavirus and how, by consuming cow-related products, people can be saved from it\"",
    ["chakrapani", "theprint"])
d.E("Assam [[earlier this month]]", "Similar sentiment was shared by a Minister of Legislative Assembly from Assam earlier this month",
    ["haripriya"])

# ---------------- wikinews-en-2019-142 (dev) ----------------
# Published Sunday 2019-10-13; "Yesterday" is 2019-10-12, "last year" 2018. "Today" in
# Kipchoge's tweet is the day of the run, 2019-10-12 (inside a quote: no event). "open race"
# is the IAAF's term, not a quote. "Ineos 1:59 Challenge" is the event's name (no actor);
# "1 hour 59 minutes 40.2 seconds", "2 hours 1 minute 39 seconds" are times, not dates. The
# pacemakers ("They", "The team") are unnamed. The bare quote "I appreciate them ..." after
# "said Kipchoge after the run" points to that mention.
d = D("wikinews-en-2019-142", "en")
d.A("kipchoge", None, "Eliud Kipchoge", "person", "Eliud Kipchoge",
    ("ALL", "Kipchoge", ["Eliud [[Kipchoge]]"]), "[[He]] posted")
d.A("iaaf", None, "International Association of Athletics Federations", "other", "IAAF")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")

d.Q("They are among the best athletes in the world — so thank you", ("kipchoge", "said [[Kipchoge]] after"), "neutral")
d.Q("I appreciate them for accepting this job. We did this one together.", ("kipchoge", "said [[Kipchoge]] after"), "neutral")
d.Q("Today we went to the Moon and came back to earth! I am at a loss for words for all the support I have received from all over the world.",
    ("kipchoge", "[[He]] posted"), "neutral")

d.Dt("Sunday, October 13, 2019", "2019-10-13", "day")
d.Dt("Yesterday", "2019-10-12", "day")
d.Dt("Today", "2019-10-12", "day")
d.Dt("last year", "2018", "year")

d.E("Yesterday", "Yesterday, Eliud Kipchoge from Kenya ran a marathon in less than two hours", ["kipchoge"])
d.E("last year", "Kipchoge also set the current official world record for a sanctioned race, of 2 hours 1 minute 39 seconds, last year in Berlin, Germany",
    ["kipchoge"])

# ---------------- wikinews-en-2019-163 (dev) ----------------
# Published Wednesday 2019-11-27; "Sunday" (twice) is the election day 2019-11-24, "this
# year" 2019, "last year" 2018, "June" and "June of this year" 2019-06. "Today" in Kitty
# Mak's quote is the election day she was voting on (inside a quote: no event); "right now",
# "now", "always" are not dates. "as news sources noted" (unnamed) and "reportedly" with full
# clauses give claims with null sources; the attribution sits in the middle of each span.
# "Ma Ngok said the turnout was seen as ..." is his claim (the protesters' "since June" is a
# relative clause of unnamed people: no event). "the only level of Hong Kong government" and
# "within Hong Kong government" name the system of government, not the acting government:
# not mentions. "The government" (subject inside Ma's quote) and "the Hong Kong government
# proposed" are the Hong Kong government; "the government of mainland China" is the Chinese
# government. "the pro-Beijing camp" (inside Ma's quote) is the political bloc;
# "pro-democracy candidates" / "pro-Beijing candidates" are unnamed. "Chinese University"
# is the Chinese University of Hong Kong. "the chief executive of Hong Kong" is unnamed and
# an object. No sentence has both an actor and a date of its act: no events.
d = D("wikinews-en-2019-163", "en")
d.A("mak", None, "Kitty Mak", "person", "Kitty Mak")
d.A("atlantic", None, "The Atlantic", "media", "The Atlantic")
d.A("cuhk", None, "Chinese University of Hong Kong", "academic", "Chinese University")
d.A("ma", None, "Ma Ngok", "person", "Ma Ngok", "[[He]] noted")
d.A("hkgov", None, "Government of Hong Kong", "government", "\"[[The government]] and", "the Hong Kong government")
d.A("probeijing", None, "Pro-Beijing camp (Hong Kong)", "other", "pro-Beijing camp")
d.A("china", "chinese-government", "Chinese government", "government", "the government of mainland China")

d.Q("Today we are trying to do the best we can for Hong Kong right now. Every little step matters [...] It is a protest vote against an authoritarian government; we cannot tolerate this government's policies anymore.",
    ("mak", "Kitty Mak"), "neutral")
d.Q("The government and the pro-Beijing camp have always claimed they have public support [...] But now [...] this is a big slap in the face because the public has showed their real position in record numbers.",
    ("ma", "[[He]] noted"), "neutral")

d.C("The district council is the only level of Hong Kong government that is, as news sources noted, completely democratic", None)
d.C("Hong Kong's district elections are, reportedly, usually quiet", None)
d.C("the turnout was seen as public support of the protesters who have demonstrated in Hong Kong since June", ("ma", "Ma Ngok"))

d.Dt("Wednesday, November 27, 2019", "2019-11-27", "day")
d.Dt("On [[Sunday]], Hong", "2019-11-24", "day")
d.Dt("[[this year]] not even", "2019", "year")
d.Dt("last year", "2018", "year")
d.Dt("\"[[Today]] we are", "2019-11-24", "day")
d.Dt("since [[June]]. He", "2019-06", "month")
d.Dt("June of this year", "2019-06", "month")
d.Dt("[[Sunday]]'s election", "2019-11-24", "day")

# ---------------- wikinews-en-2019-015 (dev) ----------------
# Published Tuesday 2019-01-22; "Saturday" (the death) is 2019-01-19; "May" (a book "due
# out", future) is 2019-05. "then-U.S.-president" is a title; "25-year career", "444 days"
# are durations. "Mendez once told The Washington Post he considered himself "an artist
# first."" is a partial quote and a claim (content "he considered himself ...", told to the
# Post; the claim ends before the period inside the marks, as en4's Mohr claim).
# "exfiltration", "the Canadian Caper" are terms/nicknames, not quotes; Argo and The Master
# of Disguise are titles. "According to his publicist, ..." is a claim of an unnamed
# individual (null). "praised Mendez on Twitter" has a noun-phrase object: the colon quote
# only. "Tony" in Morell's quote and "Tony Mendez" in Affleck's are name mentions; the
# pronouns inside the quotes are not listed. "Mendez's wife" is a possessor mention of
# Mendez; "his wife" (passive agent/object) is not a mention of Jonna Mendez. The
# revolutionaries of 1979 are unnamed: no event. The 1997 event is the end of the secrecy of
# the CIA's involvement; the award by Carter is undated. The May event is the announced
# publication of the book co-written with Jonna Mendez.
d = D("wikinews-en-2019-015", "en")
d.A("mendez", None, "Tony Mendez", "person", "[[Tony Mendez]] died", "\"[[Tony Mendez]] was a true",
    ("ALL", "Mendez", ["Tony [[Mendez]] died", "\"Tony [[Mendez]] was a true", "wife Jonna [[Mendez]], also",
                       "with Jonna [[Mendez]], is due"]),
    "\"[[Tony]] was one", "[[He]] worked as", "[[He]] specialized", "[[He]] studied", "Post [[he]] considered",
    "[[He]] is survived", "[[He]] has authored")
d.A("cia", "cia", "Central Intelligence Agency", "agency", "Central Intelligence Agency", ("ALL", "CIA"))
d.A("morell", None, "Michael Morell", "person", "Michael Morell")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")
d.A("wapo", "washington-post", "The Washington Post", "media", "The Washington Post")
d.A("jonna", None, "Jonna Mendez", "person", "wife [[Jonna Mendez]], also", "his wife, [[Jonna]], three",
    "with [[Jonna Mendez]], is due")
d.A("affleck", None, "Ben Affleck", "person", "Ben Affleck", "[[Affleck]] tweeted")
d.A("carter", None, "Jimmy Carter", "person", "Jimmy Carter")

d.Q("Tony was one of the best officers to ever serve at CIA. His work was unique, and it help to protect our nation in significant ways. He will be missed. May he Rest In Peace.",
    ("morell", "Michael Morell"), "neutral")
d.Q("an artist first.", ("mendez", "[[Mendez]] once told"), "neutral")
d.Q("He could be Pakistani, he could be Mexican, he could be from a lot of different countries[...] It was incredible to work with my husband.",
    ("jonna", "wife [[Jonna Mendez]], also"), "neutral")
d.Q("Tony Mendez was a true American hero. He was a man of extraordinary grace, decency, humility and kindness. He never sought the spotlight for his actions, he merely sought to serve his country. I'm so proud to have worked for him and to have told one of his stories.",
    ("affleck", "[[Affleck]] tweeted"), "neutral")

d.C("he considered himself \"an artist first", ("mendez", "[[Mendez]] once told"))
d.C("Mendez died of Parkinson's disease", None)

d.Dt("Tuesday, January 22, 2019", "2019-01-22", "day")
d.Dt("Saturday", "2019-01-19", "day")
d.Dt("1980", "1980", "year")
d.Dt("1965", "1965", "year")
d.Dt("1979", "1979", "year")
d.Dt("2012", "2012", "year")
d.Dt("1997", "1997", "year")
d.Dt("in [[May]].", "2019-05", "month")

d.E("Saturday", "Former United States Central Intelligence Agency agent Tony Mendez died Saturday, aged 78, at a Frederick, Maryland assisted living facility",
    ["mendez"])
d.E("1980", "Mendez is known for organizing the safe return in 1980 of several U.S. nationals who had hidden in the Canadian embassy during the Iran Hostage Crisis",
    ["mendez"])
d.E("1965", "He worked as a draftsman before applying for a graphic artist job in 1965 that turned out to be at the CIA",
    ["mendez", "cia"])
d.E("2012", "The events were nicknamed \"the Canadian Caper\" and later made into an Academy Award-winning film of the same name — Argo — in 2012, with Ben Affleck directing and playing Mendez",
    ["affleck"])
d.E("1997", "For his work, Mendez was awarded the Intelligence Star by then-U.S.-president Jimmy Carter, though the CIA's involvement in the Argo rescue remained a secret until 1997",
    ["cia"])
d.E("in [[May]].", "A fourth, also co-written with Jonna Mendez, is due out in May", ["jonna"])
