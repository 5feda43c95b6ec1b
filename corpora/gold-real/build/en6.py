from helper import *

# English real-news gold, batch d (selection-d.json, drawn by select_d.py: the five "en" ids
# with split "dev"). All five have a direct quote or a reported claim: no spare was needed.
# Shared calls, as in en5: names inside quotes are mentions; descriptions in subject position
# inside quotes are mentions; pronouns inside quotes are not listed; "X reportedly/allegedly
# Y" with a full clause is a claim with a null source (the adverb stays inside the span).
# "yesterday morning/evening" gives the span "yesterday" (as en.py's "caught fire yesterday
# morning"); the time of day is not part of the date. Directives ("ordered X be ...",
# "instructed X to ...") and noun-phrase objects ("announced his resignation", "expressed
# intent", "disagreed with these findings", "noted his ...") are not claims. Party labels
# used as adjectives or person labels ("the Democratic chairman", "Democrat Chuck Schumer",
# "Republican Larry Hogan") are political affiliations, not name mentions of the party.

# ---------------- wikinews-en-2019-143 (dev) ----------------
# Published Monday 2019-10-14; "Yesterday" is 2019-10-13 and "the previous day" (anchored on
# that race day, as en3's "the previous day") 2019-10-12. "2019" (in "the 2019 Chicago
# Marathon") and "2003" (the London Marathon where Radcliffe set her mark: an event of
# Radcliffe, the date in the participle clause dates her act) are years. Race times
# ("2:14:04"), "81 seconds", "six minutes", "two hours" are not dates; "this time" in
# Radcliffe's quote is not a date. The Chicago and London marathons are events, not actors;
# "Kenya"/"Ethiopia" are places of origin. "Brigid" inside Radcliffe's quote is a mention of
# Kosgei. The bare second quote after "said Kosgei after the race" points to that mention.
# "Kipchoge's time was not considered an official world record" is not a reported claim
# (no source, a belief verb); "open race" has no quotation marks here.
d = D("wikinews-en-2019-143", "en")
d.A("kosgei", None, "Brigid Kosgei", "person", "Brigid Kosgei", ("ALL", "Kosgei", ["Brigid [[Kosgei]]"]),
    "how fast [[Brigid]] was")
d.A("cherono", None, "Lawrence Cherono", "person", "Lawrence Cherono", "division, [[Cherono]], posted",
    "[[He]] was followed")
d.A("radcliffe", None, "Paula Radcliffe", "person", ("ALL", "Paula Radcliffe"), "[[Radcliffe]] said")
d.A("keitany", None, "Mary Jepkosgei Keitany", "person", "Mary Jepkosgei Keitany")
d.A("yeshaneh", None, "Ababel Yeshaneh", "person", "Ababel Yeshaneh")
d.A("burka", None, "Gelete Burka", "person", "Gelete Burka")
d.A("debela", None, "Dejene Debela", "person", "Dejene Debela")
d.A("mengstu", None, "Asefa Mengstu", "person", "Asefa Mengstu")
d.A("kipchoge", None, "Eliud Kipchoge", "person", "Eliud Kipchoge", "[[Kipchoge]]'s time")
d.A("iaaf", None, "International Association of Athletics Federations", "other", "IAAF")

d.Q("I was not expecting this", ("kosgei", "said [[Kosgei]] after"), "neutral")
d.Q("But I felt my body was moving, moving, moving so I went for it. This is amazing for me.",
    ("kosgei", "said [[Kosgei]] after"), "neutral")
d.Q("[...] I always knew this time would come — and when I saw how fast Brigid was running I knew the record would go if she could maintain her pace",
    ("radcliffe", "[[Radcliffe]] said"), "neutral")

d.Dt("Monday, October 14, 2019", "2019-10-14", "day")
d.Dt("Yesterday", "2019-10-13", "day")
d.Dt("the [[2019]] Chicago", "2019", "year")
d.Dt("2003", "2003", "year")
d.Dt("the previous day", "2019-10-12", "day")

d.E("Yesterday", "Yesterday, Brigid Kosgei of Kenya won the 2019 Chicago Marathon and broke the long-standing marathon world record for women competing in mixed-sex marathons",
    ["kosgei"])
d.E("2003", "This was 81 seconds faster than Paula Radcliffe's mixed-sex mark set at the 2003 London Marathon", ["radcliffe"])
d.E("the previous day", "Just the previous day, Kosgei's countryman Eliud Kipchoge became the first person to run a marathon in under two hours, setting the mark in Vienna, Austria at a special event; though Kipchoge's time was not considered an official world record, as it was not an open race sanctioned under IAAF rules",
    ["kipchoge"])

# ---------------- wikinews-en-2019-042 (dev) ----------------
# Published Sunday 2019-03-17; "yesterday" (twice) and "the next day" (after the Friday
# arrest) are 2019-03-16, both "Friday"s 2019-03-15, "April 5" 2019-04-05, "Monday" in
# Ardern's quote (a future report) 2019-03-18 (inside a quote: no event). "on the same day"
# is anaphoric (as en2's "the same day Congress reconvened"): not listed. Times ("13:40
# local time", "0040 UTC", "36 minutes after") are not dates. Christchurch District Court is
# a named institution (a court): listed although it is the place of the hearing (as en4's
# "majority in [[Parliament]]"); the mosques and the police station are buildings (places).
# "the accused" as subject of the reported clause ("Police alleged [[the accused]]
# performed") and of the subjunctive clause ("ordered [[the accused]] remain") and "The
# attacker" (subject inside Barton's quote) are mentions of Tarrant; "An Australian" (an
# apposition to the name) is not listed. "ABC" is taken to be the Australian Broadcasting
# Corporation (the article's Australian angle; the text does not say). ODESC and its
# bracketed expansion are two mentions of one actor; "Cabinet" (inside the quote) is the New
# Zealand Cabinet, its own actor; "information-sharing with [[Australia]]" is the Australian
# government as a party (metonymy, as en4's "to [[China]]"). "The authorities seized ...",
# "according to reports" and "Social media" are unnamed. The Friday arrest sentence holds two
# dated acts (the arrest, the court appearance the next day): two events.
d = D("wikinews-en-2019-042", "en")
d.A("tarrant", None, "Brenton Tarrant", "person", ("ALL", "Brenton Tarrant"), "[[the accused]] performed",
    "ordered [[the accused]] remain", "[[Brenton]] stayed", "[[Brenton]] had a licence", "[[he]] allegedly used",
    "\"[[The attacker]] was using", "[[Brenton]] also allegedly")
d.A("court", None, "Christchurch District Court", "court", "Christchurch District Court")
d.A("kellar", None, "Paul Kellar", "person", "Paul Kellar")
d.A("police", None, "New Zealand Police", "agency", "[[Police]] alleged", "in the future, [[police]] said",
    "[[Police]] arrested", "according to [[police]]")
d.A("abc", None, "Australian Broadcasting Corporation", "media", "ABC")
d.A("ardern", None, "Jacinda Ardern", "person", "Jacinda Ardern", "Prime Minister [[Ardern]] said",
    "[[She]] said, \"I have")
d.A("barton", None, "Greg Barton", "person", "Greg Barton")
d.A("deakin", None, "Deakin University", "academic", "Deakin University")
d.A("odesc", None, "Officials Committee for Domestic and External Security Coordination", "government",
    "ODESC", "Officials Committee for Domestic and External Security Coordination")
d.A("cabinet", None, "Cabinet of New Zealand", "government", "Cabinet")
d.A("ausgov", "australian-government", "Australian government", "government", "information-sharing with [[Australia]]")

d.Q("The attacker was using a couple of guns, one was a shotgun, one was an AR-15 — that's the so-called civilian equivalent of the M-16. It's an assault rifle",
    ("barton", "Greg Barton"), "neutral")
d.Q("I have instructed ODESC [Officials Committee for Domestic and External Security Coordination] to report to Cabinet on Monday on these events with a view to strengthening our systems on a range of fronts including, but not limited to, firearms, border controls, enhanced information-sharing with Australia, and any practice reinforcement of our watchlist processes.",
    ("ardern", "[[She]] said, \"I have"), "neutral")

d.C("the accused performed two attacks", ("police", "[[Police]] alleged"))
d.C("The first attack reportedly was in Al Noor Mosque at about 13:40 local time (0040 UTC), which left at least 42 people dead", None)
d.C("The second attack reportedly was in Linwood Mosque, killing at least eight people, on the same day", None)
d.C("Further charges may be laid in the future", ("police", "in the future, [[police]] said"))
d.C("Police arrested the accused in the neighborhood of Strickland Street, 36 minutes after the mass shooting in Al Noor Mosque",
    ("police", "according to [[police]]"))
d.C("Brenton Tarrant had a valid gun licence allowing him to buy weapons", ("abc", "ABC"))
d.C("Brenton had a licence for the five firearms he allegedly used for the attack — two semi-automatic, two shotguns, and one lever-action",
    ("ardern", "Jacinda Ardern"))
d.C("the gun laws should be changed", ("ardern", "Prime Minister [[Ardern]] said"))
d.C("Brenton also allegedly released an anti-Muslim document online, outlining political motivation, prior to the murders", None)
d.C("Social media have been struggling to censor the alleged gunman's videos of the murder", None)

d.Dt("Sunday, March 17, 2019", "2019-03-17", "day")
d.Dt("New Zealand [[yesterday]], charged", "2019-03-16", "day")
d.Dt("Christchurch on [[Friday]]", "2019-03-15", "day")
d.Dt("April 5", "2019-04-05", "day")
d.Dt("arrest on [[Friday]]", "2019-03-15", "day")
d.Dt("the next day", "2019-03-16", "day")
d.Dt("conference [[yesterday]] morning", "2019-03-16", "day")
d.Dt("Monday", "2019-03-18", "day")

d.E("New Zealand [[yesterday]], charged", "An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand yesterday, charged with one count of murder pertaining to a mass shooting in Christchurch on Friday, which caused the death of at least 50 people",
    ["tarrant", "court"])
d.E("April 5", "Judge Paul Kellar ordered the accused remain in custody until his next court appearance on April 5",
    ["kellar", "tarrant"])
S = "After his arrest on Friday, Brenton stayed in the Christchurch central police station overnight before appearing in court on the next day"
d.E("arrest on [[Friday]]", S, ["tarrant"])
d.E("the next day", S, ["tarrant"])
d.E("conference [[yesterday]] morning", "Prime Minister Ardern said at a press conference yesterday morning the gun laws should be changed",
    ["ardern"])

# ---------------- wikinews-en-2020-012 (dev) ----------------
# Published Saturday 2020-01-18 (no dateline): "Yesterday" is 2020-01-17, "Wednesday"
# 2020-01-15; "now" (inside Zelensky's quote) is not a date. The leaked recording's speaker
# is "someone, seemingly Honcharuk": the partial quote and the claim are given to Honcharuk
# (the article treats the recording as his; he resigned over it), through the mention
# "seemingly [[Honcharuk]]". "He said Zelensky is "..."; however, "...", he added" gives a
# partial quote with a claim and a full quote without one. "the president" inside
# Honcharuk's quote is an object, "your government" in Zelensky's a possessive: not listed.
# "instructed security agencies to investigate ..." is a directive (no claim) and the
# agencies are unnamed. The Wednesday sentence dates the upload to YouTube, before
# Honcharuk's filing: one event with both.
d = D("wikinews-en-2020-012", "en")
d.A("zelensky", None, "Volodymyr Zelensky", "person", "Volodymyr Zelensky",
    ("ALL", "Zelensky", ["Volodymyr [[Zelensky]]"]), "[[He]] also instructed")
d.A("honcharuk", None, "Oleksiy Honcharuk", "person", "Oleksiy Honcharuk",
    ("ALL", "Honcharuk", ["Oleksiy [[Honcharuk]]"]), "[[He]] said Zelensky", "[[he]] added")
d.A("youtube", None, "YouTube", "company", "YouTube")

d.Q("has a very primitive understanding of economic processes.", ("honcharuk", "seemingly [[Honcharuk]]"), "neutral")
d.Q("a model of honesty for me", ("honcharuk", "[[He]] said Zelensky"), "neutral")
d.Q("to remove any doubts about our respect and trust in the president, I wrote a resignation offer",
    ("honcharuk", "[[he]] added"), "neutral")
d.Q("I decided to give you and your government a chance if you'll be able to fix some issues that are very important now and really worry our society",
    ("zelensky", "[[Zelensky]] said in"), "neutral")

d.C("Zelensky \"has a very primitive understanding of economic processes", ("honcharuk", "seemingly [[Honcharuk]]"))
d.C("Zelensky is \"a model of honesty for me\"", ("honcharuk", "[[He]] said Zelensky"))

d.Dt("Yesterday", "2020-01-17", "day")
d.Dt("Wednesday", "2020-01-15", "day")

d.E("Yesterday", "Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer to resign after the leak of an audio recording in which someone, seemingly Honcharuk, audibly says Zelensky \"has a very primitive understanding of economic processes.\"",
    ["zelensky", "honcharuk"])
d.E("Wednesday", "Honcharuk filed his resignation after the audio recording was uploaded Wednesday on an anynomous YouTube channel",
    ["honcharuk", "youtube"])

# ---------------- wikinews-en-2019-010 (dev) ----------------
# Published Saturday 2019-01-12; both "Thursday"s are 2019-01-10. "the 13th century" is a
# century; "today" in Val Tilburg's quote ("are today, and probably always were") and in
# "Easter Island is today ...", "It today has ..." means "nowadays" (figurative, as the gold
# README's "Oggi… domani…"): not dates; "during prehistory", "for a few hundred years",
# "over time" neither. The United-States-based team, "The archaeologists", "The
# researchers", "They", "Scholars", "Scientists" are unnamed (the team's co-author Lipo is
# named only as a speaker): "The study ... to establish that Y" (as en4's "researchers ...
# established that ...") and "The archaeologists say that Y" are claims with null sources.
# "He went on to add "...", referring to ..., and that Y" gives the quote and a claim of
# Lipo (the second conjunct). "disagreed with these findings" has a noun-phrase object; "plan
# to gather", "debate whether", "there is consensus that" are not reported assertions. The
# first sentence (the release by the unnamed team) has no actor: no event; the publication in
# PLOS One is one (as en.py's PLOS ONE and en4's Lancet events). "Easter Island", "Rapa Nui"
# are places; "Europeans" a nationality.
d = D("wikinews-en-2019-010", "en")
d.A("plos", None, "PLOS ONE", "media", "PLOS One")
d.A("lipo", None, "Carl Lipo", "person", "Carl Lipo", "[[He]] went on")
d.A("binghamton", None, "Binghamton University", "academic", "Binghamton University")
d.A("vantilburg", None, "Jo Anne Val Tilburg", "person", "Jo Anne Val Tilburg")
d.A("ucla", None, "University of California, Los Angeles", "academic", "University of California, Los Angeles")

d.Q("What is important about it is that it demonstrates the statue locations themselves are not a weird ritual place – [the ahu and moai] represent ritual in a sense of there is symbolic meaning to them, but they are integrated into the lives of the community",
    ("lipo", "Carl Lipo"), "neutral")
d.Q("The exceptions to the rule about being at the coast where water comes out actually are met by the fact there is also water there – it is found through cave locations",
    ("lipo", "[[He]] went on"), "neutral")
d.Q("The existence of fresh water seeps near coastal ahu is well-known and was certainly important at European contact. However, such seeps are today, and probably always were, minor resources. It is highly unlikely, in my view, that these resources were of major importance in locating ahu during prehistory.",
    ("vantilburg", "Jo Anne Val Tilburg"), "neutral")

d.C("the platforms, or ahu, built to support the Easter Island statues, or moai, are usually located near sources of drinkable water", None)
d.C("this study is the first attempt to formally examine the idea that the locations of the moai are correlated to locations of resources important to the people who built them, such as fresh water",
    None)
d.C("some historical evidence suggests there may have been wells dug near the ahu that are not near caves", ("lipo", "[[He]] went on"))

d.Dt("Saturday, January 12, 2019", "2019-01-12", "day")
d.Dt("findings on [[Thursday]]", "2019-01-10", "day")
d.Dt("published on [[Thursday]]", "2019-01-10", "day")

d.E("published on [[Thursday]]", "The study, published on Thursday in PLOS One, employed quantitative spatial analysis to establish that the platforms, or ahu, built to support the Easter Island statues, or moai, are usually located near sources of drinkable water",
    ["plos"])

# ---------------- wikinews-en-2019-147 (dev) ----------------
# Published Friday 2019-10-18; "Early yesterday morning" and "yesterday evening" give
# "yesterday", 2019-10-17; "September 11" (his last vote, past) 2019-09-11; "October 28"
# (a deadline) 2019-10-28. "2:45 a.m. local time (0645 UTC)" is a time; "fourteen years",
# "twenty three years" are durations; "In grade school" is not a date. Sentences with two
# dated acts give two events (1996 election / 1951 birth; 1982 run / 1983 joining the
# Assembly); "in 2003 and 2004 served as the chair" is one act, dated by "2003" (as en4's
# "from 2000 to 2010"). "his office" (speaker position) is Cummings's congressional office,
# its own actor; "At 2:45 a.m. ..., his office said, he died ..." is a claim with the
# attribution inside the span. The Baltimore Sun's claim stops at the semicolon (the last-vote
# clause is the writer's). Partial quotes: Maya Rockeymoore Cummings's and Schumer's (with
# claims; Schumer's claim ends before the comma inside the marks, as en5's Mendez claim) and
# Trump's "strength, passion and wisdom" (a noun-phrase object of "noted": quote, no claim).
# "House of Representatives" inside Pelosi's title and "Senate" inside Schumer's are name
# mentions (as en5's "[[Council]] President"); the "House" inside the committees' names is
# part of those names and not listed separately. "the House Foreign Affairs and Intelligence
# committees" names two committees: "House Foreign Affairs" and "Intelligence committees".
# "missing from Capitol Hill", "Flags at the White House", "the Capitol's flags" and
# "Gilchrist Hospice Care" are places. "the committee's", "the chamber" are possessive or
# object descriptions. "As of yesterday evening, ... had not yet been announced, according
# to the Baltimore Sun" is a claim of the Sun and, dated, an event of the Sun (its report).
d = D("wikinews-en-2019-147", "en")
d.A("cummings", None, "Elijah Cummings", "person", "Representative [[Elijah Cummings]] died", "Elijah Eugene Cummings",
    ("ALL", "Cummings", ["Elijah [[Cummings]] died", "Eugene [[Cummings]]", "Robert [[Cummings]] Sr",
                         "Elma [[Cummings]]", "Rockeymoore [[Cummings]]"]),
    "[[he]] attended", "[[He]] remained", "[[He]] went on to serve", "[[He]] was among", "[[He]] was also",
    "said, [[he]] died")
d.A("oversight", None, "United States House Committee on Oversight and Reform", "legislature",
    ("ALL", "House Oversight and Reform Committee"), "senior Democrat on the [[Oversight and Reform Committee]]")
d.A("congress", "us-congress", "United States Congress", "legislature", "elected to [[Congress]]")
d.A("robert", None, "Robert Cummings Sr.", "person", "Robert Cummings Sr.")
d.A("ruth", None, "Ruth Elma Cummings", "person", "Ruth Elma Cummings")
d.A("howard", None, "Howard University", "academic", "Howard University")
d.A("umd", None, "University of Maryland", "academic", "University of Maryland")
d.A("mga", None, "Maryland General Assembly", "legislature", "Maryland General Assembly")
d.A("mfume", None, "Kweisi Mfume", "person", "Kweisi Mfume")
d.A("house", "us-house", "United States House of Representatives", "legislature", ("ALL", "House of Representatives"))
d.A("cbc", None, "Congressional Black Caucus", "other", "Congressional Black Caucus")
d.A("benghazi", None, "United States House Select Committee on Benghazi", "legislature",
    "United States House Select Committee on Benghazi")
d.A("trump", "donald-trump", "Donald Trump", "person", ("ALL", "Trump"))
d.A("hfac", None, "United States House Committee on Foreign Affairs", "legislature", "House Foreign Affairs")
d.A("hpsci", None, "United States House Permanent Select Committee on Intelligence", "legislature", "Intelligence committees")
d.A("sun", None, "The Baltimore Sun", "media", "The Baltimore Sun", "according to the [[Baltimore Sun]]")
d.A("office", None, "Office of Elijah Cummings", "other", "[[his office]] said")
d.A("maya", None, "Maya Rockeymoore Cummings", "person", "Maya Rockeymoore Cummings")
d.A("mdp", None, "Maryland Democratic Party", "other", "Maryland Democratic Party")
d.A("pelosi", None, "Nancy Pelosi", "person", "Nancy Pelosi")
d.A("schumer", None, "Chuck Schumer", "person", "Chuck Schumer")
d.A("senate", "us-senate", "United States Senate", "legislature", "the [[Senate]] minority")
d.A("msnbc", None, "MSNBC", "media", "MSNBC")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")
d.A("maloney", None, "Carolyn Maloney", "person", "Carolyn Maloney")
d.A("hogan", None, "Larry Hogan", "person", "Larry Hogan")

d.Q("worked until his last breath", ("maya", "Maya Rockeymoore Cummings"), "neutral")
d.Q("was a great man", ("schumer", "Chuck Schumer"), "neutral")
d.Q("strength, passion and wisdom", ("trump", "President [[Trump]] noted"), "neutral")

d.C("Cummings had been sick and was missing from Capitol Hill", ("sun", "The Baltimore Sun"))
d.C("At 2:45 a.m. local time (0645 UTC), his office said, he died at Gilchrist Hospice Care", ("office", "[[his office]] said"))
d.C("Cummings \"worked until his last breath\"", ("maya", "Maya Rockeymoore Cummings"))
d.C("Flags at the White House were reportedly similarly lowered", None)
d.C("Cummings \"was a great man", ("schumer", "Chuck Schumer"))
d.C("As of yesterday evening, the process to select the next permanent chair had not yet been announced",
    ("sun", "according to the [[Baltimore Sun]]"))

d.Dt("Friday, October 18, 2019", "2019-10-18", "day")
d.Dt("Early [[yesterday]] morning", "2019-10-17", "day")
d.Dt("1996", "1996", "year")
d.Dt("1951", "1951", "year")
d.Dt("1976", "1976", "year")
d.Dt("1982", "1982", "year")
d.Dt("1983", "1983", "year")
d.Dt("1995", "1995", "year")
d.Dt("2002", "2002", "year")
d.Dt("2003", "2003", "year")
d.Dt("2004", "2004", "year")
d.Dt("2018", "2018", "year")
d.Dt("September 11", "2019-09-11", "day")
d.Dt("of [[yesterday]] evening", "2019-10-17", "day")
d.Dt("October 28", "2019-10-28", "day")

d.E("Early [[yesterday]] morning", "Early yesterday morning, United States Representative Elijah Cummings died while in hospice care",
    ["cummings"])
S = "Elijah Eugene Cummings, first elected to Congress in 1996, was born in Baltimore, Maryland, in 1951"
d.E("1996", S, ["cummings", "congress"])
d.E("1951", S, ["cummings"])
d.E("1976", "Cummings passed the state bar exam in 1976, and went on to start his own law practice", ["cummings"])
S = "In 1982 Cummings successfully ran to be a state delegate, joining the Maryland General Assembly in 1983"
d.E("1982", S, ["cummings"])
d.E("1983", S, ["cummings", "mga"])
d.E("1995", "When Representative Kweisi Mfume of Maryland's seventh Congressional District announced his resignation in 1995, Cummings joined the race to replace him, winning the election",
    ["mfume", "cummings"])
S = "He was among the Representatives who voted against the Iraq War in 2002, and in 2003 and 2004 served as the chair of the Congressional Black Caucus"
d.E("2002", S, ["cummings"])
d.E("2003", S, ["cummings", "cbc"])
d.E("2018", "Following Democratic victories in the 2018 midterm elections, Cummings became the chair of the House Oversight and Reform Committee",
    ["cummings", "oversight"])
d.E("September 11", "The Baltimore Sun reported Cummings had been sick and was missing from Capitol Hill; his last roll call vote was on September 11",
    ["cummings"])
d.E("of [[yesterday]] evening", "As of yesterday evening, the process to select the next permanent chair had not yet been announced, according to the Baltimore Sun",
    ["sun"])
d.E("October 28", "Under Maryland state law, Republican Larry Hogan, the current governor, has until October 28 to release plans for a special election to fill Cummings's congressional seat",
    ["hogan"])
