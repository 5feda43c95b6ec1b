from helper import *

# English real-news gold, batch b (selection-b.json, first six "en" ids, all dev).
# All six have a direct quote or a reported claim: no spare was needed.

# ---------------- wikinews-en-2020-084 (dev) ----------------
# Published Tuesday 2020-08-18 (no dateline in the text). "Saturday" is the match day,
# 2020-08-15; "today" inside Ingram's post-match quote is that match day (as en2 resolves
# "this afternoon" in the sister rugby article 2020-088). "[in the] last couple of weeks" is
# a vague period, not a date. "round 1/2/3" are not dates. "The home side" is not listed:
# the text does not say which club was at home. "lamented his side's close loss" has a
# noun-phrase object: no claim.
d = D("wikinews-en-2020-084", "en")
d.A("caloundra", None, "Caloundra (Sunshine Coast rugby union club)", "other", ("ALL", "Caloundra"))
d.A("maroochydore", None, "Maroochydore (Sunshine Coast rugby union club)", "other", ("ALL", "Maroochydore"))
d.A("scru", None, "Sunshine Coast Rugby Union", "other", "Sunshine Coast Rugby Union")
d.A("ingram", None, "Geoff Ingram", "person", "Geoff Ingram", "leaving [[Ingram]] unimpressed")
d.A("uni", None, "University (Sunshine Coast rugby union club)", "other", ("ALL", "Uni"))
d.A("noosa", None, "Noosa (Sunshine Coast rugby union club)", "other", ("ALL", "Noosa"))
d.A("marshall", None, "Sam Marshall", "person", "Sam Marshall", "mistakes\", [[Marshall]] said")
d.A("kauri", None, "Kauri", "person", "Kauri")

d.Q("I am [pretty happy with that]", ("ingram", "Geoff Ingram"), "neutral")
d.Q("We made a lot of ground on where we were [in the] last couple of weeks. [...] Set piece and breakdown, they've been the two missing pieces [in the] last couple of weeks.  We got away with it against Uni [in round 1] but [against] Noosa [in round 2], we didn't.  They beat us well.  It was probably a set piece was the weak point  against Uni, and then [the] breakdown was the issue against Noosa.  They were good good couple of early lessons and we made  big ground on that gap today.",
    ("ingram", "Geoff Ingram"), "neutral")
d.Q("Yeah, it didn't come our way, we had a few silly mistakes", ("marshall", "mistakes\", [[Marshall]] said"), "neutral")
d.Q("A couple of yellows [and] disciplines. [...] We're training really well together, as a unit we're gelling.  We're just bringing silly mistakes and errors on to the field.  I think those are things we have to work on.",
    ("marshall", "mistakes\", [[Marshall]] said"), "neutral")
d.Q("One of them was questionable.  But there's a lazy high shot from Kauri at the end which was a fair yellow, the other one probably not.",
    ("ingram", "leaving [[Ingram]] unimpressed"), "neutral")

d.Dt("Saturday", "2020-08-15", "day")
d.Dt("2020", "2020", "year")
d.Dt("today", "2020-08-15", "day")

d.E("Saturday", "On Saturday, Caloundra defeated Maroochydore in round 3 of the 2020 Sunshine Coast Rugby Union season",
    ["caloundra", "maroochydore"])

# ---------------- wikinews-en-2019-086 (dev) ----------------
# Published Monday 2019-08-19. "organizers estimated at 1.7 million" has a noun-phrase
# object: no claim (and "organizers" are unnamed). "whose eye was said to have been ...
# injured" is a passive report with an infinitive: a claim with a null source, as en2's
# "The attacker is reported to have jumped ...". The police are mentioned by description
# only: "they" (subject of "rejected") and the passive agent "by police"; "police
# disapproval", "sent the police", "police vans", "police misconduct" are modifiers or
# objects. "The British" (who relinquished control) is the UK government acting; "to
# China" is the PRC receiving control (chinese-government, as en2's "allowed [[China]]");
# "allowed Hong Kong to have" is the territory, not an actor. "one country, two systems"
# is a term. "the eleventh week of ... protests" and "early evening" are not dates. The
# march itself ("Yesterday, ... marched") has no annotated actor (marchers, organizers
# unnamed): no event; the CHRF sentence dates the march, not the sending of the plan.
d = D("wikinews-en-2019-086", "en")
d.A("china", "chinese-government", "Chinese government", "government", ("ALL", "Chinese government"),
    "Hong Kong to [[China]] in 1997")
d.A("chrf", None, "Civil Human Rights Front", "ngo", "Civil Human Rights Front")
d.A("police", None, "Hong Kong Police Force", "agency", "which [[they]] rejected", "injured by [[police]] in")
d.A("wong", None, "Wong", "person", "Wong")
d.A("pla", None, "People's Liberation Army", "other", "People's Liberation Army")
d.A("hkgov", None, "Government of Hong Kong", "government", "as long as [[the government]] doesn't",
    "when [[their government]] proposed")
d.A("ukgov", "uk-government", "UK government", "government", "The British")

d.Q("Even though the weather was so bad, even in the face of threats of the People's Liberation Army and water cannons, Hong Kong people never back down. [...] For as long as the government doesn't respond, there will only be more large-scale protests.",
    ("wong", "Wong"), "neutral")

d.C("whose eye was said to have been severely injured by police in an earlier protest", None)

d.Dt("Monday, August 19, 2019", "2019-08-19", "day")
d.Dt("[[Yesterday]], what", "2019-08-18", "day")
d.Dt("for [[yesterday]]'s march", "2019-08-18", "day")
d.Dt("early yesterday afternoon", "2019-08-18", "day", True)
d.Dt("early June", "2019-06", "month", True)
d.Dt("1997", "1997", "year")

d.E("early June", "Hongkongers have been protesting since early June, when their government proposed a bill that would have allowed the central Chinese government to extradite people who had been accused of crimes from Hong Kong and try them in the mainland's judicial system",
    ["hkgov"])
d.E("1997", "The British relinquished control of Hong Kong to China in 1997", ["ukgov", "china"])

# ---------------- wikinews-en-2019-017 (dev) ----------------
# Published Thursday 2019-01-24; "Monday" is 2019-01-21, "Last week" the ISO week of
# 2019-01-17. "A source within the central Interior Ministry" is an unnamed official of the
# ministry: resolved to the ministry, as en.py resolves "a fire officer" to the fire service
# (gold README: "a senior officer", "un alto cargo del ministerio"). "described witnessing
# 35 bodies ..." has a gerund clause as content: a claim. "Reuters reported Monday's attack
# the deadliest ..." has a verbless small clause: a claim; so has "officials reporting ...
# 150 security forces ... killed" (null: unnamed officials). "reportedly conducted by the
# Taliban", "The Taliban have claimed responsibility", "estimated death tolls, provided
# anonymously by officials", "ascribed to the Taliban" are not claims (no clause as
# content). The lead sentence ("A car bomb was on Monday rammed ...") has no actor: no
# event. The relative clause ", whose US-built armoured vehicle was used ..." after Hotak's
# partial quote is the writer's, not part of his claim. "the provincial governor" (object,
# unnamed), "a US peace envoy", "the Afghan forces" (inside a quote, possessive) are not
# actors. "for seventeen years" is a duration; "at the time" is anaphoric.
d = D("wikinews-en-2019-017", "en")
d.A("taliban", None, "Taliban", "other", ("ALL", "Taliban"))
d.A("nds", None, "National Directorate of Security", "agency", "National Directorate for Security")
d.A("hotak", None, "Sharif Hotak", "person", "Sharif Hotak", "collapsed,\" [[he]] said", "[[Hotak]] also alleged")
d.A("council", None, "Maidan Wardak Provincial Council", "government", "Maidan Wardak provincial council")
d.A("afgov", None, "Government of Afghanistan", "government", "alleged [[the central government]] are",
    "the Afghan government")
d.A("moi", None, "Ministry of Interior Affairs (Afghanistan)", "ministry", "A source within the central Interior Ministry")
d.A("mujahid", None, "Zabiullah Mujahid", "person", "Zabiullah Mujahid")
d.A("reuters", "reuters", "Reuters", "media", "Reuters")
d.A("mangal", None, "Abdurrahman Mangal", "person", "Abdurrahman Mangal")
d.A("khalilzad", None, "Zalmay Khalilzad", "person", "Zalmay Khalilzad")

d.Q("The explosion was very powerful. The whole building has collapsed", ("hotak", "collapsed,\" [[he]] said"), "neutral")
d.Q("hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces", ("hotak", "[[Hotak]] also alleged"), "neutral")
d.Q("I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]",
    ("moi", "A source within the central Interior Ministry"), "neutral")

d.C("witnessing 35 bodies in one hospital, with some casualties, both alive and dead, transported to Kabul", ("hotak", "Sharif Hotak"))
d.C("the central government are \"hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces\"",
    ("hotak", "[[Hotak]] also alleged"))
d.C("190 were dead", ("mujahid", "Zabiullah Mujahid"))
d.C("Monday's attack the deadliest since an assault in Ghazni in August 2018", ("reuters", "Reuters"))
d.C("150 security forces, 95 civilians, and hundreds of Taliban killed", None)
d.C("the attack had killed twelve and injured twelve more", ("mangal", "Abdurrahman Mangal"))

d.Dt("Thursday, January 24, 2019", "2019-01-24", "day")
d.Dt("was on [[Monday]] rammed", "2019-01-21", "day")
d.Dt("[[Monday]]'s attack", "2019-01-21", "day")
d.Dt("August 2018", "2018-08", "month")
d.Dt("met on [[Monday]] with", "2019-01-21", "day")
d.Dt("Last week", "2019-01-17", "day")

S = "Reuters reported Monday's attack the deadliest since an assault in Ghazni in August 2018, with officials reporting at the time 150 security forces, 95 civilians, and hundreds of Taliban killed"
d.E("[[Monday]]'s attack", S, ["reuters"])
d.E("August 2018", S, ["taliban"])
d.E("met on [[Monday]] with", "The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar", ["taliban", "khalilzad"])
d.E("Last week", "Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to the Taliban", ["taliban"])

# ---------------- wikinews-en-2020-099 (dev) ----------------
# Published Monday 2020-10-19 (no dateline). An interview: the ((WSS)) questions have no
# quotation marks and are not quotes; "WSS" (William S. Saturn's label) is listed as his
# mention, as en2 lists "WN" for Wikinews; the addressee "you" in the questions is not
# listed (as en2 in 2020-117). "king of coal" is a nickname. Mohr's "describing him as
# "..."" and "lauded ... "..."" are quotes without claims (noun-phrase content); "claimed the
# nominee "has ..."" is a quote and a claim. "maintains his innocence", "blames federal
# regulators for the disaster", "advocates ...", "opposes ...", "discussed ..." have
# noun-phrase objects: no claims. "Election Day" is 2020-11-03. "from 2000 to 2010" gives
# two year dates; the tenure is dated by "2000". "in decades", "one year" are durations.
# "Armenia and Azerbaijan" (the parties to a conflict, inside a question) and "federal
# regulators" are not listed.
d = D("wikinews-en-2020-099", "en")
d.A("blankenship", None, "Don Blankenship", "person", "Don Blankenship",
    ("ALL", "Blankenship", ["Don [[Blankenship]]"]),
    "and [[he]] received", "[[He]] maintains", "[[He]] subsequently", "[[He]] selected",
    "claimed [[the nominee]]", "Additionally, [[he]] delivered")
d.A("cp", None, "Constitution Party (United States)", "other", "the [[U.S. Constitution Party]]'s",
    ("ALL", "Constitution Party", ["U.S. [[Constitution Party]]'s"]),
    "U.S. Taxpayers Party", "[[It]] changed", "[[The party]] advocates", "[[It]] strongly opposes")
d.A("wikinews", None, "Wikinews", "media", ("ALL", "Wikinews"))
d.A("saturn", None, "William S. Saturn", "person", "William S. Saturn", ("ALL", "WSS"))
d.A("massey", None, "Massey Energy", "company", "Massey Energy")
d.A("gop", "us-republican-party", "Republican Party (United States)", "other", "Republican Party")
d.A("senate", "us-senate", "United States Senate", "legislature", "US Senate")
d.A("mohr", None, "William Mohr", "person", "William Mohr", ("ALL", "Mohr", ["William [[Mohr]]"]))
d.A("mtp", None, "Michigan Taxpayers Party", "other", "Michigan Taxpayers Party")
d.A("castle", None, "Darrell Castle", "person", ("ALL", "Darrell Castle"))
d.A("trump", "donald-trump", "Donald Trump", "person", "Donald Trump", "than President [[Trump]]")
d.A("obama", None, "Barack Obama", "person", "Barack Obama")
d.A("scotus", "us-supreme-court", "Supreme Court of the United States", "court", "Supreme Court")
d.A("congress", "us-congress", "United States Congress", "legislature", "Congress")

d.Q("a good man with vast knowledge in the political field [who] stands firm on his positions, aligns well with the party platform and has an abundance of ability to lead this nation in the direction it needs to go.",
    ("mohr", "[[Mohr]] spoke about"), "neutral")
d.Q("ability to influence leaders around him", ("mohr", "[[Mohr]] lauded"), "neutral")
d.Q("has a backbone superior to most men and will be the strongest President we have seen in decades.",
    ("mohr", "[[Mohr]] lauded"), "neutral")

d.C("the nominee \"has a backbone superior to most men and will be the strongest President we have seen in decades",
    ("mohr", "[[Mohr]] lauded"))

d.Dt("Party's [[2020]] presidential", "2020", "year")
d.Dt("from [[2000]] to", "2000", "year")
d.Dt("to [[2010]].", "2010", "year")
d.Dt("the [[2010]] Upper", "2010", "year")
d.Dt("sentence in [[2016]]", "2016", "year")
d.Dt("virtual [[2020]] Constitution", "2020", "year")
d.Dt("this past May", "2020-05", "month")
d.Dt("with Wikinews in [[June]]", "2020-06", "month")
d.Dt("1991", "1991", "year")
d.Dt("1999", "1999", "year")
d.Dt("In [[2016]], the party's", "2016", "year")
d.Dt("In [[2016]], Constitution", "2016", "year")
d.Dt("the [[2020]] election", "2020", "year")
d.Dt("ahead of [[Election Day]]", "2020-11-03", "day")
d.Dt("[[Election Day]] is quickly", "2020-11-03", "day")

d.E("from [[2000]] to", "Blankenship, reportedly nicknamed the \"king of coal\", was chairman and CEO of Massey Energy from 2000 to 2010",
    ["blankenship", "massey"])
d.E("sentence in [[2016]]", "A jury\u00a0convicted Blankenship of misdemeanor conspiracy to violate safety standards willfully, and he received a one year prison sentence in 2016",
    ["blankenship"])
d.E("this past May", "At the virtual 2020 Constitution Party National Convention this past May, Blankenship won the party's nomination on the second ballot",
    ["blankenship", "cp"])
d.E("with Wikinews in [[June]]", "Mohr spoke about Blankenship with Wikinews in June, describing him as \"a good man with vast knowledge in the political field [who] stands firm on his positions, aligns well with the party platform and has an abundance of ability to lead this nation in the direction it needs to go.\"",
    ["mohr", "blankenship", "wikinews"])
d.E("1991", "The Constitution Party was founded in 1991 as the U.S. Taxpayers Party", ["cp"])
d.E("1999", "It changed to its current name in 1999", ["cp"])
d.E("In [[2016]], the party's", "In 2016, the party's presidential nominee Darrell Castle received 203,091 votes (0.15 percent) with ballot access in 24 states",
    ["castle", "cp"])
d.E("In [[2016]], Constitution", "In 2016, Constitution Party presidential nominee Darrell Castle received 203,091 votes, a record for the party",
    ["castle", "cp"])

# ---------------- wikinews-en-2019-167 (dev) ----------------
# Published Monday 2019-12-16; "Thursday" (election day) is 2019-12-12, "Friday"
# 2019-12-13; "the end of January" (Johnson's future plan) is 2020-01, approximate. The
# seat legend at the top names the parties: their names are mentions. "Brexit Party" is a
# registry alias of reform-uk. "the UK's efforts on leaving the European Union" is the UK
# government acting; "the United Kingdom's (UK) Conservative Party" is a place qualifier.
# Johnson: "humbled" and "historic mandate" are partial quotes; "said he was "humbled" by
# the results" is also a claim; the second conjunct of "said" is a direct quote. "Member of
# Parliament" is a title, not a mention of Parliament. "this election", "this time", "the
# next general election cycle" are not dates. The 1950 creation of the Blyth Valley seat
# and the 2017 turnout have no acting actor: no events.
d = D("wikinews-en-2019-167", "en")
d.A("conservatives", "uk-conservative-party", "Conservative Party (UK)", "other", ("ALL", "Conservative Party"),
    "The [[conservative party]] gained")
d.A("labour", "uk-labour-party", "Labour Party (UK)", "other", "[[Labour Party]] - 203", "party, [[Labour]], lost",
    "The [[Labour Party]]'s leader", "a [[Labour]] Member")
d.A("snp", "snp", "Scottish National Party", "other", ("ALL", "Scottish National Party"), ("ALL", "SNP"))
d.A("libdems", "liberal-democrats", "Liberal Democrats (UK)", "other", ("ALL", "Liberal Democrats"))
d.A("dup", None, "Democratic Unionist Party", "other", "Democratic Unionist Party")
d.A("sf", None, "Sinn Féin", "other", "Sinn Féin")
d.A("pc", None, "Plaid Cymru", "other", "Plaid Cymru")
d.A("greens", "green-party-england-wales", "Green Party of England and Wales", "other", "Green Party (E & W)")
d.A("alliance", None, "Alliance Party of Northern Ireland", "other", "Alliance Party of Northern Ireland")
d.A("ukparl", "uk-parliament", "Parliament of the United Kingdom", "legislature", "majority in [[Parliament]].",
    "since [[Parliament]] was")
d.A("johnson", None, "Boris Johnson", "person", "Boris Johnson", "said [[he]] was", "by [[Johnson]] as",
    "saying [[he]] intends")
d.A("ukgov", "uk-government", "UK government", "government", "the [[UK]]'s efforts")
d.A("eu", "european-union", "European Union", "eu-institution", "European Union", "([[EU]])", "leave the [[EU]] by")
d.A("changeuk", None, "Change UK", "other", "Change UK")
d.A("brexitparty", "reform-uk", "Reform UK", "other", "Brexit Party")
d.A("corbyn", None, "Jeremy Corbyn", "person", "Jeremy Corbyn", "announced [[he]] will")
d.A("swinson", None, "Jo Swinson", "person", "Jo Swinson")

d.Q("humbled", ("johnson", "Boris Johnson"), "neutral")
d.Q("...I and we will never take your support for granted. And I will make it my mission to work night and day, flat out, to prove you right in voting for me this time and to earn your support in the future.",
    ("johnson", "Boris Johnson"), "neutral")
d.Q("historic mandate", ("johnson", "by [[Johnson]] as"), "neutral")

d.C("he was \"humbled\" by the results", ("johnson", "Boris Johnson"))
d.C("he intends to leave the EU by the end of January", ("johnson", "by [[Johnson]] as"))
d.C("he will not seek the party's leadership position in the next general election cycle", ("corbyn", "Jeremy Corbyn"))

d.Dt("Monday, December 16, 2019", "2019-12-16", "day")
d.Dt("On [[Thursday]], the", "2019-12-12", "day")
d.Dt("Friday", "2019-12-13", "day")
d.Dt("end of January", "2020-01", "month", True)
d.Dt("1950", "1950", "year")
d.Dt("2017", "2017", "year")

d.E("On [[Thursday]], the", "On Thursday, the United Kingdom's (UK) Conservative Party netted an additional 66 seats, totaling 365 seats, surpassing the 326 seats needed for a majority in Parliament",
    ["conservatives"])
d.E("end of January", "Election implications regarding the UK's efforts on leaving the European Union (EU) were described by Johnson as a \"historic mandate\", saying he intends to leave the EU by the end of January",
    ["johnson", "ukgov", "eu"])

# ---------------- wikinews-en-2019-151 (dev) ----------------
# Published Friday 2019-10-25; "Tuesday" is 2019-10-22. "researchers in the United Kingdom
# established that ..." reports the study's finding: a claim with a null source (unnamed
# researchers, as en.py's "an international team of scientists report ..."). "According to
# a survey ... by the Royal Pharmaceutical Society, Y" is claimed by the Society (as en.py's
# "according to WHO's statistics"). "Society" in "Society President Ash Soni" is a short
# name of the Society. "twenty seconds" is a duration.
d = D("wikinews-en-2019-151", "en")
d.A("lancet", None, "The Lancet Infectious Diseases", "media", "The Lancet Infectious Diseases")
d.A("livermore", None, "David Livermore", "person", "David Livermore", "Dr. [[Livermore]]")
d.A("uea", None, "University of East Anglia", "academic", "University of East Anglia")
d.A("rps", None, "Royal Pharmaceutical Society", "other", "Royal Pharmaceutical Society", "[[Society]] President")
d.A("soni", None, "Ash Soni", "person", "Ash Soni")

d.Q("We wanted to find out how these superbugs are spread — and whether there is a cross-over from the food chain to humans",
    ("livermore", "David Livermore"), "neutral")
d.Q("[T]he strains of resistant E. coli [found in food], were almost entirely different from the types found in human faeces, sewage and bloodstream infections",
    ("livermore", "Dr. [[Livermore]]"), "neutral")
d.Q("[...] Rather — and unpalatably — the likeliest route of transmission for ESBL-E. coli is directly from human to human, with faecal particles from one person reaching the mouth of another.  We need to carry on cooking chicken well and never to alternately handle raw meat and salad. There are plenty of important food-poisoning bacteria, including other strains of E. coli, that do go down the food chain. But here — in the case of ESBL-E. coli — it's much more important to wash your hands after going to the toilet.",
    ("livermore", "Dr. [[Livermore]]"), "neutral")
d.Q("If we can reduce the number of illnesses where antibiotics are needed [...] we can reduce antibiotic resistance by saving these important medicines for when they are really required.",
    ("soni", "Ash Soni"), "neutral")

d.C("poor hygiene by humans, specifically insufficient hand washing after defecation, is especially responsible for the spread of antibiotic-resistant — superbug — strains of Escerichia coli (E. coli) bacteria",
    None)
d.C("84% of surveyed Britons did not wash their hands well enough from a hygiene perspective — at least twenty seconds with soap and water",
    ("rps", "Royal Pharmaceutical Society"))

d.Dt("Friday, October 25, 2019", "2019-10-25", "day")
d.Dt("Tuesday", "2019-10-22", "day")
d.Dt("2017", "2017", "year")

d.E("Tuesday", "In findings published Tuesday in The Lancet Infectious Diseases, researchers in the United Kingdom established that poor hygiene by humans, specifically insufficient hand washing after defecation, is especially responsible for the spread of antibiotic-resistant — superbug — strains of Escerichia coli (E. coli) bacteria",
    ["lancet"])
d.E("2017", "According to a survey published in 2017 by the Royal Pharmaceutical Society, 84% of surveyed Britons did not wash their hands well enough from a hygiene perspective — at least twenty seconds with soap and water",
    ["rps"])
