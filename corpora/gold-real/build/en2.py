from helper import *

# English real-news gold, second annotator (documents listed in the en2 brief).

# ---------------- wikinews-en-2019-012 (dev) ----------------
d = D("wikinews-en-2019-012", "en")
d.A("adamowicz", None, "Paweł Adamowicz", "person", "Paweł Adamowicz",
    ("ALL", "Adamowicz", ["[[Adamowicz]], mayor of the Polish"]),
    "[[He]] died today", "[[Paweł]], we are with you", "TVN24 reported [[he]] received", "[[He]] recently condemned")
d.A("stefanw", None, "Stefan W", "person", "[[An individual]] has been arrested", "[[The attacker]] is reported",
    "claimed [[he]] was wrongfully", ("ALL", "Stefan W"))
d.A("po", None, "Civic Platform", "other", ("ALL", "Civic Platform"))
d.A("wosp", None, "Great Orchestra of Christmas Charity", "ngo", ("ALL", "Great Orchestra of Christmas Charity"),
    "[[The fundraiser]] was intending", "[[It]] raises money annually")
d.A("tusk", None, "Donald Tusk", "person", "Donald Tusk", "[[Tusk]], a founding")
d.A("euco", "european-council", "European Council", "eu-institution", "European Council")
d.A("brudzinski", None, "Joachim Brudziński", "person", "Joachim Brudziński", "[[He]] said \"I can",
    "[[Brudziński]] said Adamowicz")
d.A("tvn24", None, "TVN24", "media", "TVN24")
d.A("morawiecki", None, "Mateusz Morawiecki", "person", "Mateusz Morawiecki")
d.A("duda", None, "Andrzej Duda", "person", "Andrzej Duda", "[[Duda]] told local media")
d.A("ciarka", None, "Mariusz Ciarka", "person", "Mariusz Ciarka")
d.A("guardian", "guardian", "The Guardian", "media", "The Guardian")
d.A("ap", "ap", "Associated Press", "media", "Associated Press")
d.A("mug", None, "Medical University of Gdańsk", "academic", "Medical University of Gdańsk")
d.A("stefaniak", None, "Tomasz Stefaniak", "person", "Tomasz Stefaniak", "[[Stefaniak]] said")
d.A("glodz", None, "Sławoj Leszek Głódź", "person", "Sławoj Leszek Głódź")
d.A("szumowski", None, "Łukasz Szumowski", "person", ("ALL", "Łukasz Szumowski"))
d.A("sierak", None, "Krzysztof Sierak", "person", "Krzysztof Sierak")

d.Q("sharp tool", None, "neutral")
d.Q("Let's all pray for Mayor Adamowicz. Paweł, we are with you.", ("tusk", "Donald Tusk"), "neutral")
d.Q("an act of inexplicable barbarity.", ("brudzinski", "Joachim Brudziński"), "neutral")
d.Q("I can’t find the words, an explanation, for this kind of act. Especially since the finale of the Great Orchestra of Christmas Charity has for the last 27 years always been associated with good, with something joyful, positive.",
    ("brudzinski", "[[He]] said \"I can"), "neutral")
d.Q("\"[[serious]]\" condition", ("brudzinski", "[[Brudziński]] said Adamowicz"), "neutral")
d.Q("We are with Mayor Adamowicz in our thoughts and prayers.", ("morawiecki", "Mateusz Morawiecki"), "neutral")
d.Q("Today I am unconditionally with him and his loved ones, just as I hope all of us compatriots are. I pray for his return to health and full strength.",
    ("duda", "Andrzej Duda"), "neutral")
d.Q("and there is hope, but his condition is very difficult.", ("duda", "[[Duda]] told local media"), "neutral")
d.Q("The next hours will decide everything", ("stefaniak", "[[Stefaniak]] said"), "neutral")
d.Q("We couldn’t win", ("szumowski", "Health Minister [[Łukasz Szumowski]]"), "neutral")

d.C("The attacker is reported to have jumped on stage during the Great Orchestra of Christmas Charity", None)
d.C("he was wrongfully imprisoned under Adamowicz's former party Civic Platform's time in government", ("stefanw", "The attacker"))
d.C("Adamowicz required resuscitation, and was in a \"serious\" condition", ("brudzinski", "[[Brudziński]] said Adamowicz"))
d.C("he received surgery", ("tvn24", "TVN24"))
d.C("Adamowicz's heart was restarted by doctors", ("duda", "[[Duda]] told local media"))
d.C("a press badge was used by the assailant, reported by The Guardian as convicted of assaults and by Associated Press of bank robberies, to gain entry",
    ("ciarka", "Mariusz Ciarka"))
d.C("convicted of assaults", ("guardian", "The Guardian"))
d.C("bank robberies", ("ap", "Associated Press"))
d.C("Adamowicz remained alive", ("stefaniak", "Tomasz Stefaniak"))
d.C("Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, were reported by local media to have visited the hospital while Adamowicz received emergency surgery", None)
d.C("Adamowicz subsequently was announced to have died", None)
d.C("psychiatric assessments will be carried out to confirm if Stefan W is fit for trial", ("sierak", "Krzysztof Sierak"))

d.Dt("Monday, January 14, 2019", "2019-01-14", "day")
d.Dt("last night", "2019-01-13", "day")
d.Dt("He died [[today]]", "2019-01-14", "day")
d.Dt("1998", "1998", "year")
d.Dt("this year", "2019", "year")
d.Dt("[[Today]] I am", "2019-01-14", "day")
d.Dt("early today", "2019-01-14", "day", True)
d.Dt("by the hundreds [[today]]", "2019-01-14", "day")
d.Dt("this evening", "2019-01-14", "day")
d.Dt("told reporters [[today]]", "2019-01-14", "day")

d.E("last night", "An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event",
    ["stefanw", "adamowicz"])
d.E("He died [[today]]", "He died today", ["adamowicz"])
d.E("this year", "The fundraiser was intending this year to obtain money for children's hospitals to buy equipment", ["wosp"])
d.E("[[Today]] I am", "President Andrzej Duda remarked, \"Today I am unconditionally with him and his loved ones, just as I hope all of us compatriots are",
    ["duda", "adamowicz"])
d.E("early today", "Adamowicz was taken to the Medical University of Gdańsk, where Dr. Tomasz Stefaniak was met with applause early today upon announcing to journalists Adamowicz remained alive",
    ["adamowicz", "mug", "stefaniak"])
d.E("told reporters [[today]]", "Prosecutor Krzysztof Sierak told reporters today psychiatric assessments will be carried out to confirm if Stefan W is fit for trial",
    ["sierak", "stefanw"])

# ---------------- wikinews-en-2019-031 (test) ----------------
d = D("wikinews-en-2019-031", "en")
d.A("seaeye", None, "Sea-Eye", "ngo", ("ALL", "Sea-Eye"))
d.A("alan", None, "Alan Kurdi", "person", "after [[Alan Kurdi]], a three-year-old", "[[Kurdi]], his brother, and his mother",
    "like [[Alan]], [and", "surrounding [[Kurdi]] and his", "[[Kurdi]]'s image")
d.A("abdullah", None, "Abdullah Kurdi", "person", "[[his surviving father]] says", ("ALL", "Abdullah Kurdi"))
d.A("tima", None, "Tima Kurdi", "person", "Tima Kurdi")
d.A("weibl", None, "Carlotta Weibl", "person", "Carlotta Weibl")
d.A("turkey", None, "Government of Turkey", "government", "[[Turkey]] sentenced")

d.Q("This day is very hard for me, as I re-experience many memories", ("abdullah", "said his father, [[Abdullah Kurdi]]"), "neutral")
d.Q("It's people with good heart in this organization. So my boy's name stands for something good and his little soul can find ... peace.",
    ("abdullah", "said his father, [[Abdullah Kurdi]]"), "neutral")
d.Q("The name 'Alan Kurdi' shall be a reminder of what our work is really about. It is not about ships, captains, NGOs [Non-Governmental Organizations] and clashes with misguided politicians. It is about actual persons, like Alan, [and his brother and mother], who drown in the Mediterranean daily[, and] it is about the endless pain and grief their loved ones have to feel.",
    ("weibl", "Carlotta Weibl"), "neutral")

d.C("they had, his surviving father says, paid people smugglers to take them from Turkey to Greece in a small inflatable boat",
    ("abdullah", "his surviving father"))
d.C("around 14,000 lives saved during 60 rescues since commencing work in 2016", ("seaeye", "[[Sea-Eye]] credit themselves"))

d.Dt("Tuesday, February 12, 2019", "2019-02-12", "day")
d.Dt("Sunday", "2019-02-10", "day")
d.Dt("Sea in [[2015]]", "2015", "year")
d.Dt("2016", "2016", "year")
d.Dt("September 2015", "2015-09", "month")

d.E("Sunday", "German migrant marine rescue charity Sea-Eye on Sunday renamed their ship after Alan Kurdi, a three-year-old Syrian child who drowned offshore of Turkey",
    ["seaeye", "alan"])
d.E("Sea in [[2015]]", "Kurdi, his brother, and his mother were among eleven migrants who died in a storm on the Mediterranean Sea in 2015; they had, his surviving father says, paid people smugglers to take them from Turkey to Greece in a small inflatable boat",
    ["alan", "abdullah"])
d.E("2016", "Sea-Eye credit themselves with around 14,000 lives saved during 60 rescues since commencing work in 2016", ["seaeye"])
d.E("September 2015", "Turkey sentenced two people smugglers to four years of prison each for their roles in the events surrounding Kurdi and his fellow migrants' September 2015 deaths",
    ["turkey", "alan"])

# ---------------- wikinews-en-2020-088 (test) ----------------
d = D("wikinews-en-2020-088", "en")
d.A("uni", None, "University (Sunshine Coast rugby union club)", "other", ("ALL", "University"), "[[Uni]]'s final try")
d.A("maroochydore", None, "Maroochydore (Sunshine Coast rugby union club)", "other", ("ALL", "Maroochydore"),
    "[[They]] went into the break")
d.A("scru", None, "Sunshine Coast Rugby Union", "other", "Sunshine Coast Rugby Union")
d.A("gillett", None, "Patrick Gillett", "person", ("ALL", "Patrick  Gillett"))
d.A("tronc", None, "Brad Tronc", "person", "Brad Tronc", "eighth,\" [[Tronc]] said")
d.A("caloundra", None, "Caloundra (Sunshine Coast rugby union club)", "other", "Caloundra")
d.A("noosa", None, "Noosa (Sunshine Coast rugby union club)", "other", "Noosa")
d.A("radmall", None, "Ben Radmall", "person", "Ben Radmall", "[[Radmall]] said", "[[Radmall]] conceded",
    "twenty minutes\", [[he]] said")

d.Q("We turned up here knowing we'd be in for a battle", ("tronc", "Brad Tronc"), "neutral")
d.Q("They pushed [reigning premiers] Caloundra and they pushed Noosa. We knew the were looking for a scalp. To Maroochydore's credit, they've made some big improvements since last season. I think as the season goes on they'll keep getting better and better, as well.",
    ("tronc", "Brad Tronc"), "neutral")
d.Q("It was pretty set piece dominated there for the last twenty minutes", ("radmall", "[[Radmall]] said"), "neutral")
d.Q("[It was] a pretty physical game out there this afternoon. It was a good hit out. We're sore after that one.",
    ("radmall", "[[Radmall]] said"), "neutral")
d.Q("The two guys that set [Uni's final try] up were an 18 year old half back and an 18 year old five eighth",
    ("tronc", "eighth,\" [[Tronc]] said"), "neutral")
d.Q("We had our opportunities in the 22 in that last twenty minutes", ("radmall", "twenty minutes\", [[he]] said"), "neutral")
d.Q("Just some management, couple of set pieces let us down. We couldn't execute there and they exited pretty well. They slowed the game down pretty well in that last ten minutes to dance up the field and then score a try at the end there.",
    ("radmall", "twenty minutes\", [[he]] said"), "neutral")

d.C("The game was a hard, physical match", ("radmall", "Ben Radmall"))
d.C("his side needed to work on some things", ("radmall", "[[Radmall]] conceded"))

d.Dt("Saturday", "2020-08-29", "day")
d.Dt("this afternoon", "2020-08-29", "day")

d.E("Saturday", "In Australian rugby, University have maintained top spot on the Sunshine Coast Rugby Union A grade ladder with a 22 points to 10 win over Maroochydore at Cotton Tree, Australia on Saturday",
    ["uni", "maroochydore"])

# ---------------- wikinews-en-2019-127 (dev) ----------------
d = D("wikinews-en-2019-127", "en")
d.A("rovella", None, "James Rovella", "person", "James Rovella")
d.A("desspp", None, "Connecticut Department of Emergency Services and Public Protection", "agency",
    "Connecticut Department of Emergency Services and Public Protection")
d.A("kervick", None, "Chris Kervick", "person", "Chris Kervick")
d.A("hartford", None, "Hartford Hospital", "other", "Hartford Hospital")
d.A("bridgeport", None, "Bridgeport Hospital", "other", "Bridgeport Hospital")
d.A("stfrancis", None, "Saint Francis Hospital", "other", ("ALL", "Saint Francis Hospital"), "at [[Saint Francis]] said")
d.A("wolf", None, "Steven Wolf", "person", "Steven Wolf")
d.A("lamont", None, "Ned Lamont", "person", "Ned Lamont")
d.A("faa", None, "Federal Aviation Administration", "agency", "Federal Aviation Administration")
d.A("ntsb", None, "National Transportation Safety Board", "agency", "National Transportation Safety Board",
    "([[NTSB]])", "[[The report]] said", "the [[NTSB]] would")
d.A("blumenthal", None, "Richard Blumenthal", "person", "Richard Blumenthal", "[[Blumenthal]] said")
d.A("homendy", None, "Jennifer Homendy", "person", "Jennifer Homendy")

d.Q("We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning. As a Level 1 Trauma Center, Saint Francis Hospital department has deployed all the necessary preparations in order to be ready to receive any number of patients.",
    ("wolf", "Steven Wolf"), "neutral")
d.Q("My heart really goes out to the families and we're going to give them the best information we can, as soon as we can, in an honest way [...] We're doing everything we can, and we've got an amazing group of people who are going to get to the bottom of this as soon as we can. You're in our prayers.",
    ("lamont", "Ned Lamont"), "neutral")

d.C("The plane crashed near the end of a runway at 9:54 a.m. ET (1354 UTC) during an attempted landing, and struck a deicing facility at the airport", None)
d.C("Fourteen people were injured in the crash, including all on board the plane, and one airport worker on the ground", ("rovella", "James Rovella"))
d.C("there were ten passengers and three crew members aboard the aircraft", ("kervick", "Chris Kervick"))
d.C("The aircraft, a Boeing B-17 Flying Fortress, is registered in Middlesex County, Massachusetts, and was manufactured in 1944",
    ("faa", "Federal Aviation Administration"))
d.C("the same aircraft was involved in an incident in Beaver Falls, Pennsylvania on August 23, 1987", ("ntsb", "National Transportation Safety Board"))
d.C("there was one passenger seriously injured, and two more with minor injuries; no crew were injured", ("ntsb", "[[The report]] said"))
d.C("the involved airplane is one of eighteen B-17s still in the United States", ("blumenthal", "Richard Blumenthal"))
d.C("the NTSB would begin an investigation at Bradley Airport, led by Board Member Jennifer Homendy", ("blumenthal", "[[Blumenthal]] said"))

d.Dt("Thursday, October 3, 2019", "2019-10-03", "day")
d.Dt("yesterday", "2019-10-02", "day")
d.Dt("this morning", "2019-10-02", "day")
d.Dt("later that day", "2019-10-02", "day")
d.Dt("1944", "1944", "year")
d.Dt("1989", "1989", "year")
d.Dt("August 23, 1987", "1987-08-23", "day")

d.E("this morning", "Dr. Steven Wolf at Saint Francis said, \"We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning",
    ["wolf", "stfrancis"])

# ---------------- wikinews-en-2020-117 (dev) ----------------
d = D("wikinews-en-2020-117", "en")
d.A("mcveigh", None, "John McVeigh", "person", "John McVeigh")
d.A("lnp", None, "Liberal National Party of Queensland", "other", "[[Liberal National]] MP", "Liberal National Party")
d.A("bonham", None, "Kevin Bonham", "person", "Kevin Bonham", "[[Bonham]] noted")
d.A("labor", None, "Australian Labor Party", "other", ("ALL", "Labor Party"))
d.A("wikinews", None, "Wikinews", "media", ("ALL", "Wikinews"), ("ALL", "WN"))
d.A("jephcott", None, "Sandra Jephcott", "person", "Sandra Jephcott", "[[Jephcott]] is a veterinarian",
    "[[Jephcott]] discussed", "[[You]]'ve said")
d.A("sa", None, "Sustainable Australia", "other", ("ALL", "Sustainable Australia"), "[[the party]]'s website")
d.A("uq", None, "University of Queensland", "academic", "University of Queensland")
d.A("bond", None, "Bond University", "academic", "Bond University")
d.A("jcu", None, "James Cook University", "academic", "James Cook University")
d.A("augov", "australian-government", "Australian Government", "government", "the Morrison government")

d.Q("Australia's most boring by-election", ("bonham", "Kevin Bonham"), "neutral")
d.Q("independent community movement from the political centre", ("sa", "[[Sustainable Australia]] describes"), "neutral")

d.C("the size of the swing may have been indicative of the dominant centre left Labor Party's general performance in Queensland",
    ("bonham", "[[Bonham]] noted"))
d.C("Jephcott is a veterinarian and farmer, who has completed a veterinary degree from the University of Queensland, as well as a Master of Business Affairs at Bond University and a Master of Science at James Cook University",
    ("sa", "[[the party]]'s website"))
d.C("you want to act on climate change", ("jephcott", "[[You]]'ve said"))

d.Dt("this week", "2020-11-27", "day", True)
d.Dt("1984", "1984", "year")


# ---------------- wikinews-en-2020-053 (dev) ----------------
d = D("wikinews-en-2020-053", "en")
d.A("abscbn", None, "ABS-CBN Corporation", "company", "corporation [[ABS-CBN]]'s", "Since [[ABS-CBN]]'s",
    "franchise of [[ABS-CBN]] expired", "ABS-CBN Corporation", "[[ABS-CBN]] CEO",
    "Later in the evening, [[the network]] signed off", "[[the network]] no longer had",
    "in compliance, [[the network]] signed off", "[[The network]] tried to renew", "which [[they]]'ve said",
    "after [[the network]] didn't carry", "find [[the network]] had breached", "as [[the network]] claims",
    "[[ABS-CBN]] News Channel")
d.A("anc", None, "ABS-CBN News Channel", "media", "ABS-CBN News Channel")
d.A("phgov", None, "Government of the Philippines", "government", ("ALL", "the Philippine government"))
d.A("marcos", None, "Ferdinand Marcos", "person", "Ferdinand Marcos")
d.A("congress", None, "Congress of the Philippines", "legislature", "Congress of the Philippines",
    ("ALL", "Congress", ["the [[Congress]] of the Philippines"]))
d.A("ntc", None, "National Telecommunications Commission", "agency", "National Telecommunications Commission",
    ("ALL", "NTC"), "[[the commission]] refused")
d.A("duterte", None, "Rodrigo Duterte", "person", "Rodrigo Duterte", "and [[he]] accused", "for [[Duterte]]'s",
    "apologized to [[Duterte]]", "which [[the President]] accepted")
d.A("calida", None, "Jose Calida", "person", "Jose Calida")
d.A("senate", None, "Senate of the Philippines", "legislature", ("ALL", "Senate"))
d.A("katigbak", None, "Carlo Katigbak", "person", "Carlo Katigbak", "[[Katigbak]] apologized")
d.A("roque", None, "Harry Roque", "person", "Harry Roque")

d.Q("no person, firm, company, association, or corporation shall construct, install, establish, or operate a radio transmitting station, or radio receiving station used for commercial purposes, or a radio broadcasting station, without having first obtained a franchise therefor from the Congress of the Philippines.",
    None, "neutral")
d.Q("grave abuse of governmental power", None, "neutral")
d.Q("contrary to law", None, "neutral")
d.Q("swindling", ("duterte", "and [[he]] accused"), "neutral")

d.C("was due to a lack of airtime", ("abscbn", "which [[they]]'ve said"))
d.C("violating its franchise", ("calida", "Jose Calida"))
d.C("refunds for Duterte's unaired political ads were offered, of which some were not accepted by his campaign",
    ("katigbak", "Carlo Katigbak"))
d.C("Katigbak apologized to Duterte during the hearing, which the President accepted", ("roque", "Harry Roque"))
d.C("the cease and desist order did not cover their news channel's franchise", ("abscbn", "as [[the network]] claims"))

d.Dt("dated [[yesterday]]", "2020-05-05", "day")
d.Dt("Later in the evening", "2020-05-05", "day")
d.Dt("1972", "1972", "year")
d.Dt("7966, expired on [[Monday]]", "2020-05-04", "day")
d.Dt("network [[yesterday]]", "2020-05-05", "day")
d.Dt("that night", "2020-05-05", "day")
d.Dt("July 2019", "2019-07", "month")
d.Dt("ABS-CBN expired on [[Monday]]", "2020-05-04", "day")
d.Dt("March 13", "2020-03-13", "day")
d.Dt("February 10", "2020-02-10", "day")
d.Dt("February 24", "2020-02-24", "day")

d.E("dated [[yesterday]]", "Following the expiry of broadcast corporation ABS-CBN's legislative franchise, the Philippine government issued a cease and desist order dated yesterday, forcing the shut-down of broadcasting operations by the company",
    ["phgov", "abscbn"])
d.E("Later in the evening", "Later in the evening, the network signed off and went off-air", ["abscbn"])
d.E("1972", "The last time the Philippine government ordered the network to shut down was during the martial law imposed by former Philippine President Ferdinand Marcos back in 1972",
    ["phgov", "abscbn", "marcos"])
d.E("7966, expired on [[Monday]]", "Since ABS-CBN's legislative franchise, Republic Act No. 7966, expired on Monday, the network no longer had a valid franchise to continue airing their programs",
    ["abscbn"])
d.E("network [[yesterday]]", "The National Telecommunications Commission (NTC) issued a cease and desist order to the network yesterday, and in compliance, the network signed off that night",
    ["ntc", "abscbn"])
d.E("July 2019", "The network tried to renew their franchise as early as July 2019, but all eleven of the legislative bills filed have been stuck in Congress",
    ["abscbn", "congress"])
d.E("ABS-CBN expired on [[Monday]]", "The franchise of ABS-CBN expired on Monday, the same day Congress reconvened after their Lenten Break, which began on March 13",
    ["abscbn", "congress"])
d.E("February 10", "Solicitor General Jose Calida filed a quo warranto petition on February 10, accusing the network of violating its franchise",
    ["calida", "abscbn"])
d.E("February 24", "After a Senate hearing was conducted on February 24, the Senate did not find the network had breached laws, nor its franchise terms",
    ["senate", "abscbn"])

# ---------------- wikinews-en-2020-092 (dev) ----------------
d = D("wikinews-en-2020-092", "en")
d.A("stagecoach", None, "Stagecoach South", "company", "a [[Stagecoach South]] bus", "A spokesperson for Stagecoach South",
    "and [[they]] were carrying")
d.A("hpol", None, "Hampshire Police", "agency", "A Hampshire Police spokesman")
d.A("hcc", None, "Hampshire County Council", "government", "Hampshire County Council")
d.A("zoe", None, "Zoe", "person", "Zoe")
d.A("robert", None, "Robert", "person", "Robert")

d.Q("We were called at 8.10am today, 10 September, to reports of a serious collision on Wellhouse Lane, Winchester, after a school bus collided with a railway bridge causing significant damage to the top of the bus. [...] 13 students with minor injuries have been dealt with at the scene. [...] We are working in cooperation with the school and Hampshire County Council children's services to provide support to the students and their parents.",
    ("hpol", "A Hampshire Police spokesman"), "neutral")
d.Q("everyone started screaming", ("zoe", "Zoe"), "neutral")
d.Q("[i]t felt like 'am I going to live or am I going to die?'", ("zoe", "Zoe"), "neutral")
d.Q("I thought we'd hit the side of the tunnel, then I saw the top of the bus falling down", ("robert", "Robert"), "neutral")

d.C("the roof fell in", ("zoe", "Zoe"))
d.C("their thoughts were with the children and their families", ("stagecoach", "A spokesperson for Stagecoach South"))
d.C("they were carrying out an internal investigation", ("stagecoach", "A spokesperson for Stagecoach South"))

d.Dt("this morning", "2020-09-10", "day")
d.Dt("today", "2020-09-10", "day")
d.Dt("10 September", "2020-09-10", "day")

d.E("this morning", "Three children were taken to hospital after a Stagecoach South bus crashed into a tunnel in Winchester, Hampshire, England at about 8:10 am this morning",
    ["stagecoach"])
d.E("10 September", "A Hampshire Police spokesman said \"We were called at 8.10am today, 10 September, to reports of a serious collision on Wellhouse Lane, Winchester, after a school bus collided with a railway bridge causing significant damage to the top of the bus",
    ["hpol"])

# ---------------- wikinews-en-2019-097 (test) ----------------
d = D("wikinews-en-2019-097", "en")
d.A("lam", None, "Carrie Lam", "person", "Carrie Lam", ("ALL", "Lam", ["Carrie [[Lam]]"]))
d.A("hkgov", None, "Government of Hong Kong", "government", "[[her government]] will officially",
    "\"[[The government]] will fully", "the Hong Kong authorities")
d.A("china", "chinese-government", "Chinese government", "government", "allowed [[China]] to", "not even [[Beijing]] knows")
d.A("wong", None, "Joshua Wong", "person", "Joshua Wong")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")
d.A("katya", None, "Katya", "person", "said [[a protester]] using", "Katya")
d.A("amnesty", "amnesty-international", "Amnesty International", "ngo", "Amnesty International")
d.A("tam", None, "Man-kei Tam", "person", "Man-kei Tam")
d.A("guardian", "guardian", "The Guardian", "media", "The Guardian")

d.Q("The government will fully withdraw the bill in order to fully allay public concerns", ("lam", "[[Lam]] said in a televised"), "neutral")
d.Q("Our citizens, police and reporters have been injured during violent incidents", ("lam", "[[Lam]] continued"), "neutral")
d.Q("There have been chaotic scenes at the airport and [mass transit railway] stations; roads and tunnels have been suddenly blocked. Visitors wonder whether our city is still a safe place for travel or business. Families and friends have been under stress, and arguments have flared. For many people, Hong Kong has become an unfamiliar place.",
    ("lam", "[[Lam]] continued"), "neutral")
d.Q("Whenever there are signs of sending a palm branch", ("wong", "Joshua Wong"), "neutral")
d.Q("They always come with a far tighter grip on exercising civil rights[.] They have conceded nothing in fact, and a full-scale clampdown is on the way.",
    ("wong", "Joshua Wong"), "neutral")
d.Q("She's just doing this to try and disintegrate the movement. A lot of people think that", ("katya", "Katya"), "neutral")
d.Q("The situation has escalated to a point where not even Beijing knows how to sort this. So they're using different tricks and lies. Hong Kong people have learned to ignore her.",
    ("katya", "Katya"), "neutral")
d.Q("This announcement cannot change the fact that the Hong Kong authorities have chosen to suppress protests in a grossly unlawful way that has seriously damaged the people's trust and sense of legitimacy of the government",
    ("tam", "Man-kei Tam"), "neutral")

d.C("her government will officially withdraw a proposed bill that would have allowed China to extradite accused criminals from Hong Kong to be tried under the mainland's criminal justice system",
    ("lam", "Carrie Lam"))
d.C("More than 1000 people have been arrested since the protests began in June", ("guardian", "The Guardian"))

d.Dt("Friday, September 6, 2019", "2019-09-06", "day")
d.Dt("Wednesday", "2019-09-04", "day")
d.Dt("early this June", "2019-06", "month", True)
d.Dt("began in [[June]]", "2019-06", "month")

d.E("Wednesday", "On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced that her government will officially withdraw a proposed bill that would have allowed China to extradite accused criminals from Hong Kong to be tried under the mainland's criminal justice system",
    ["lam", "hkgov", "china"])
