from helper import *

# Batch d (selection-d.json, drawn by select_d.py), German dev documents. All five first-listed
# documents have a quote or a claim, so no spare was used.
# Actors that have an entry in the project's actor registry (corpora/actors/*.toml) take its id
# and name (donald-trump, x-corp, facebook, european-union, guardian, uk-labour-party,
# uk-conservative-party, liberal-democrats, green-party-england-wales, uk-government,
# chinese-government, csu, bavarian-government); others have "id": null.

# ---------------- wikinews-de-390 (published 2018-02-03, Saturday) ----------------
# "Tisch der demokratischen Einheit" (straight quotes) is a name, not a quote; Padrón's
# "Erlösung vom Hunger gegen Stimmen" (governed by "sprach von") is a quote. "laut Medienberichten"
# (unnamed media) sits in the middle of its sentence: the whole sentence is a claim with a null
# claimant. "laut Auffassung des Gerichts ... verstoße" is the court's claim ("des Gerichts" is a
# speaker-position description). "wie Maduro im Dezember 2017 erklärte" has a noun-phrase content
# ("der Boykott der Regionalwahl") inside a negated sentence: no claim, but a dated statement
# (event). "gilt unter Beobachtern als wahrscheinlich" is a belief, not a claim. "der Opposition"
# (genitive description) is not annotated; "die Regierung" only occurs as an object. "diesen
# Sonntag (04.02.)" is a future Sunday (two date expressions); "vom Dezember auf April 2018": the
# original December is December 2018. The Sunday and the 30. April sentences name no acting actor
# (the candidacy, the election): no events. "(Wikinews berichtete)" gives Wikinews a mention.
d = D("wikinews-de-390", "de")
d.A("maduro", None, "Nicolás Maduro", "person", "Nicolás Maduro", "Maduros", "wie [[Maduro]] im Dezember")
d.A("psuv", None, "United Socialist Party of Venezuela", "other", "Sozialistischen Partei Venezuelas",
    "sozialistischen Partei Venezuelas")
d.A("cabello", None, "Diosdado Cabello", "person", "Diosdado Cabello")
d.A("anc", None, "Constituent National Assembly of Venezuela", "legislature", "Verfassungsgebenden Versammlung")
d.A("cne", None, "National Electoral Council (Venezuela)", "agency", "Nationalen Wahlrat", "CNE")
d.A("tsj", None, "Supreme Tribunal of Justice of Venezuela", "court", "Obersten Gerichtshofs Venezuelas",
    "laut Auffassung des [[Gerichts]]")
d.A("mud", None, "Mesa de la Unidad Democrática", "other", "Tisch der demokratischen Einheit", ("ALL", "MUD"))
d.A("padron", None, "Leonardo Padrón", "person", "Leonardo Padrón")
d.A("wikinews", None, "Wikinews", "media", "Wikinews")

d.Q("Erlösung vom Hunger gegen Stimmen", ("padron", "Leonardo Padrón"), "neutral")

d.C("Die Präsidentschaftswahl wurde laut Medienberichten auf Vorschlag von Diosdado Cabello, dem Vizechef der sozialistischen Partei Venezuelas, von der Verfassungsgebenden Versammlung vom Dezember auf April 2018 vorgezogen",
    None)
d.C("das gleichzeitige Antreten der Opposition als Bündnis und als einzelne Parteien gegen das Verbot der Doppelmitgliedschaft in Parteien verstoße",
    ("tsj", "laut Auffassung des [[Gerichts]]"))

d.Dt("diesen Sonntag", "2018-02-04", "day")
d.Dt("04.02.", "2018-02-04", "day")
d.Dt("vom [[Dezember]] auf", "2018-12", "month")
d.Dt("April 2018", "2018-04", "month")
d.Dt("30. April", "2018-04-30", "day")
d.Dt("10.12.2017", "2017-12-10", "day")
d.Dt("Dezember 2017", "2017-12", "month")
d.E("April 2018", "Die Präsidentschaftswahl wurde laut Medienberichten auf Vorschlag von Diosdado Cabello, dem Vizechef der sozialistischen Partei Venezuelas, von der Verfassungsgebenden Versammlung vom Dezember auf April 2018 vorgezogen",
    ["anc", "cabello"])
d.E("10.12.2017", "Offizielle Begründung für den Ausschluss des Oppositionsbündnisses MUD von der Wahl bildet übrigens nicht der Boykott der Regionalwahl vom 10.12.2017, wie Maduro im Dezember 2017 erklärte (Wikinews berichtete), sondern dass laut Auffassung des Gerichts das gleichzeitige Antreten der Opposition als Bündnis und als einzelne Parteien gegen das Verbot der Doppelmitgliedschaft in Parteien verstoße",
    ["mud"])
d.E("Dezember 2017", "Offizielle Begründung für den Ausschluss des Oppositionsbündnisses MUD von der Wahl bildet übrigens nicht der Boykott der Regionalwahl vom 10.12.2017, wie Maduro im Dezember 2017 erklärte (Wikinews berichtete), sondern dass laut Auffassung des Gerichts das gleichzeitige Antreten der Opposition als Bündnis und als einzelne Parteien gegen das Verbot der Doppelmitgliedschaft in Parteien verstoße",
    ["maduro"])

# ---------------- wikinews-de-334 (published 2019-08-03, Saturday) ----------------
# Price's quote is a bare quote after the sentence that names him. The spokesman of "der
# walisischen Labour Party" resolves to Welsh Labour (the Labour Party's Welsh branch, its own
# actor; "Labour" in Awan-Scully's quote and the other "Labour Party" mentions are the UK party).
# Inside quotes, "der Premierminister"/"er" (Johnson, subject) count as mentions; "Westminster" is
# a place. The nested ‚…‘ in Dodds's quote is part of her quote. „The Guardian“ is a newspaper
# name, not a quote. „abstoßende Verschwendung von Steuergeldern“ (governed by "als ...
# bezeichnet") is a quote, not a claim. "verlangte nach einem zweiten Referendum" has no clause
# content. "am Tag der Nachwahl" is the by-election day, 1 August 2019 (the Thursday before
# publication; the text names no date for it). "Bei der letzten Wahl", "jetzt", "der vergangenen
# 34 Jahre", "in 25 Jahren" are not dates. "die Oppositionsparteien" (a group of parties) is not
# annotated.
d = D("wikinews-de-334", "de")
d.A("libdems", "liberal-democrats", "Liberal Democrats (UK)", "other", "Liberaldemokratischen Partei", "für die [[Lib Dems]] war",
    "die [[Liberal Democrats]] in 25", "Zuletzt hatten [[sie]] den Sitz")
d.A("dodds", None, "Jane Dodds", "person", "Jane Dodds", "[[Sie]] gewann mit", "Kandidatin [[Dodds]] zu erhöhen",
    "[[Dodds]] erklärte nach")
d.A("davies", None, "Chris Davies", "person", ("ALL", "Chris Davies"), "hatte [[Davies]] seinen")
d.A("johnson", None, "Boris Johnson", "person", ("ALL", "Boris Johnson"), "Falls aber [[der Premierminister]] eine",
    "sollte [[er]] wissen", "wo auch immer [[er]] sich", "Amtsantritt [[Johnsons]]")
d.A("labour", "uk-labour-party", "Labour Party (UK)", "other", "Für die [[Labour Party]] bedeutete", "„[[Labour]] muss",
    "oppositionellen [[Labour Party]]")
d.A("plaid", None, "Plaid Cymru", "other", ("ALL", "Plaid Cymru"))
d.A("greens", "green-party-england-wales", "Green Party of England and Wales", "other", "die [[Grünen]] haben")
d.A("price", None, "Adam Price", "person", "Adam Price")
d.A("wlab", None, "Welsh Labour", "other", "Ein Sprecher der walisischen Labour Party")
d.A("awan", None, "Roger Awan-Scully", "person", "Roger Awan-Scully")
d.A("cardiff", None, "Cardiff University", "academic", "Cardiff University")
d.A("corbyn", None, "Jeremy Corbyn", "person", "Jeremy Corbyn", "Corbyns")
d.A("drakeford", None, "Mark Drakeford", "person", "Mark Drakeford", "[[Drakeford]] ist erster")
d.A("tories", "uk-conservative-party", "Conservative Party (UK)", "other", "Conservative Party", "an die [[Tories]] verloren")
d.A("dup", None, "Democratic Unionist Party", "other", "DUP")
d.A("davey", None, "Ed Davey", "person", "Ed Davey")
d.A("guardian", "guardian", "The Guardian", "media", "The Guardian")
d.A("eu", "european-union", "European Union", "other", "die [[EU]] am 31. Oktober", "falls die [[EU]] Nachverhandlungen")
d.A("javid", None, "Sajid Javid", "person", "Sajid Javid")
d.A("mcdonnell", None, "John McDonnell", "person", "John McDonnell")
d.A("ukgov", "uk-government", "UK government", "government", "könnte [[die Regierung]] das Geld", "wenn [[sie]] den harten")

d.Q("Falls aber der Premierminister eine Parlamentswahl beabsichtigt, sollte er wissen, dass Plaid Cymru und die anderen pro-europäischen Parteien sich verpflichtet haben, zusammenzuarbeiten, sodass wir den Brexit endlich für immer schlagen können.",
    ("price", "Adam Price"), "neutral")
d.Q("Wir haben immer gewusst, dass dies eine schwierige Wahlnacht für uns werden würde, aber wir sind stolz auf unseren positiv verlaufenen Wahlkampf in Brecon und Radnorshire.",
    ("wlab", "Ein Sprecher der walisischen Labour Party"), "neutral")
d.Q("Labour muss ganz genau auf dieses Ergebnis schauen. Alles deutet darauf hin, dass es nicht nur taktisches Stimmverhalten für die Lib Dems war, sondern auch Unzufriedenheit mit Jeremy Corbyn und Mark Drakeford.",
    ("awan", "Roger Awan-Scully"), "neutral")
d.Q("Als erste Tat in Westminster werde ich Boris Johnson aufsuchen, wo auch immer er sich versteckt, und ihm laut und deutlich sagen: ‚Hör auf, mit unserer Zukunft zu spielen, und schließ einen No-Deal-Brexit aus!‘",
    ("dodds", "[[Dodds]] erklärte nach"), "neutral")
d.Q("Für jene unter uns, die den Brexit stoppen wollen, ist das ein entscheidender Moment.", ("davey", "Ed Davey"), "neutral")
d.Q("abstoßende Verschwendung von Steuergeldern", ("labour", "oppositionellen [[Labour Party]]"), "neutral")

d.C("die EU am 31. Oktober auf jeden Fall verlassen zu wollen, vorzugsweise ohne Austrittsvertrag, falls die EU Nachverhandlungen verweigere",
    ("johnson", "[[Boris Johnson]] hatte erklärt"))
d.C("für die Vorbereitung auf einen No-Deal-Brexits weitere 2,1\u00a0Miliarden Pfund (rund 2,3\u00a0Milliarden Euro) zur Verfügung stellen zu wollen",
    ("javid", "Sajid Javid"))
d.C("könnte die Regierung das Geld in Schulen und Krankenhäuser investieren, wenn sie den harten Brexit bereits ausgeschlossen hätte",
    ("mcdonnell", "John McDonnell"))

d.Dt("2015", "2015", "year")
d.Dt("31. Oktober", "2019-10-31", "day")
d.Dt("Tag der Nachwahl", "2019-08-01", "day")
d.E("2015", "Zuletzt hatten sie den Sitz 2015 an die Tories verloren", ["libdems", "tories"])
d.E("31. Oktober", "Boris Johnson hatte erklärt, die EU am 31. Oktober auf jeden Fall verlassen zu wollen, vorzugsweise ohne Austrittsvertrag, falls die EU Nachverhandlungen verweigere",
    ["johnson", "eu"])
d.E("Tag der Nachwahl", "Der mit dem Amtsantritt Johnsons ins Amt gekommene Finanzminister Sajid Javid hatte am Tag der Nachwahl bekanntgegeben, für die Vorbereitung auf einen No-Deal-Brexits weitere 2,1\u00a0Miliarden Pfund (rund 2,3\u00a0Milliarden Euro) zur Verfügung stellen zu wollen",
    ["javid"])

# ---------------- wikinews-de-212 (published 2017-12-11, Monday) ----------------
# „Künstliche Intelligenz“ and „Intelligenz“ are terms, not quotes. The quote of "Das
# Nachrichtenportal von Die Welt" is attributed to Die Welt (its name mention). "glauben, dass"
# (the respondents) is a belief, not a claim; "lehnte ... ab", "schätzt ihre Anzahl ... auf ...",
# "stellt ... seine kritische Sicht dar", "fordern ... eine ... Diskussion" have noun-phrase
# objects. The Konjunktiv sentence after Helbing's estimate ("so bestehe der Verdacht, dass ...")
# is his claim. Facebook and Twitter are annotated as the companies (name mentions). The closing
# link's headline year (2050) and date (18.10.2007) are listed; "bisher", "inzwischen",
# "aktuellen" are not dates. The survey sentence names no actor: no event.
d = D("wikinews-de-212", "de")
d.A("facebook", "facebook", "Facebook", "company", ("ALL", "Facebook"))
d.A("welt", None, "Die Welt", "media", "Die Welt")
d.A("helbing", None, "Dirk Helbing", "person", "Dirk Helbing", "[[Er]] schätzt")
d.A("ethz", None, "ETH Zürich", "academic", "Eidgenössische Technische Hochschule Zürich", "ETH Zürich")
d.A("tudelft", None, "Technische Universität Delft", "academic", "Technische Universität Delft")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")
d.A("borth", None, "Damian Borth", "person", "Damian Borth")
d.A("dfki", None, "Deutsches Forschungszentrum für Künstliche Intelligenz", "academic",
    "Deutschen Forschungszentrum für Künstliche Intelligenz", "DFKI")

d.Q("Hinter manch attraktiver Frau auf einer Online-Partnerbörse steckt ein Mann – oder eine mit künstlicher Intelligenz ausgestattete Software.",
    ("welt", "Die Welt"), "neutral")

d.C("Wenn ein Account rund um die Uhr aktiv ist, so bestehe der Verdacht, dass ein Computerprogramm dahintersteckt",
    ("helbing", "[[Er]] schätzt"))

d.Dt("Bundestagswahl [[2017]]", "2017", "year")
d.Dt("2012", "2012", "year")
d.Dt("2050", "2050", "year")
d.Dt("18.10.2007", "2007-10-18", "day")
d.E("2012", "Das Nachrichtenportal von Die Welt berichtete bereits 2012: „Hinter manch attraktiver Frau auf einer Online-Partnerbörse steckt ein Mann – oder eine mit künstlicher Intelligenz ausgestattete Software.“",
    ["welt"])

# ---------------- wikinews-de-380 (published 2005-07-24, Sunday) ----------------
# Zehetmair's partly quoted sentence to the Bild-Zeitung gives the quote and a claim that includes
# the quoted words; „evidente Ungereimtheiten“ is a quote inside his first claim.
# „konsequent und nachvollziehbar“ (governed by "lobte ... als") is a quote, not a claim. "Bayern"
# and "Nordrhein-Westfalen" act (they withdrew from the reform): state governments. "des Rates"
# (a genitive description) is not a mention; "Bild-Zeitung" is the newspaper's name. "Beginn des
# Schuljahres 2006" is dated to the year, approximate; "zum neuen Schuljahr" (no year) is not
# listed.
d = D("wikinews-de-380", "de")
d.A("zehetmair", None, "Hans Zehetmair", "person", ("ALL", "Hans Zehetmair"), "[[Zehetmair]] sagte",
    "lobte [[Zehetmair]]", "[[Zehetmair]] ist erklärter")
d.A("csu", "csu", "Christian Social Union in Bavaria", "other", "CSU")
d.A("rat", None, "Rat für deutsche Rechtschreibung", "other", "der [[Rat für deutsche Rechtschreibung]] werde",
    "Rates für deutsche Rechtschreibung")
d.A("bavaria", "bavarian-government", "Bavarian State Government", "government", "Bundesländer [[Bayern]]", "Bayerns")
d.A("nrw", None, "Landesregierung Nordrhein-Westfalen", "government", "Bayern und [[Nordrhein-Westfalen]] am",
    "Nordrhein-Westfalens")
d.A("kmk", None, "Kultusministerkonferenz", "other", ("ALL", "Kultusministerkonferenz"))
d.A("bild", None, "Bild", "media", "Bild-Zeitung")

d.Q("evidente Ungereimtheiten", ("zehetmair", "Kultusminister [[Hans Zehetmair]]"), "neutral")
d.Q("spätestens mit Beginn des Schuljahres 2006 (werde) ein verbindliches Regelwerk", ("zehetmair", "[[Zehetmair]] sagte"), "neutral")
d.Q("konsequent und nachvollziehbar", ("zehetmair", "lobte [[Zehetmair]]"), "neutral")

d.C("der Rat für deutsche Rechtschreibung werde sich auch wieder mit der Groß- und Kleinschreibung beschäftigen und „evidente Ungereimtheiten“ in diesem Bereich beseitigen",
    ("zehetmair", "Kultusminister [[Hans Zehetmair]]"))
d.C("„spätestens mit Beginn des Schuljahres 2006 (werde) ein verbindliches Regelwerk“ vorliegen", ("zehetmair", "[[Zehetmair]] sagte"))

d.Dt("15. Juli", "2005-07-15", "day")
d.Dt("Beginn des Schuljahres 2006", "2006", "year", True)
d.Dt("17. Dezember 2004", "2004-12-17", "day")
d.E("15. Juli", "Nachdem die Bundesländer Bayern und Nordrhein-Westfalen am 15. Juli die von der Kultusministerkonferenz gemeinsam beschlossene Einführung der neuen Rechtschreibregeln zum neuen Schuljahr aufgekündigt haben und weitere Regelungsvorschläge des Rates zu den strittigen Bereichen Getrennt- und Zusammenschreibung, Worttrennung und Interpunktion abwarten wollen, wird der Bereich der Groß- und Kleinschreibung, der nach der bisherigen Diskussion als unstrittig galt, wieder zur Disposition gestellt",
    ["bavaria", "nrw"])
d.E("Beginn des Schuljahres 2006", "Zehetmair sagte gegenüber der Bild-Zeitung, „spätestens mit Beginn des Schuljahres 2006 (werde) ein verbindliches Regelwerk“ vorliegen",
    ["zehetmair", "bild"])
d.E("17. Dezember 2004", "Hans Zehetmair ist seit dem 17. Dezember 2004 Vorsitzender des von der Kultusministerkonferenz eingesetzten Rates für deutsche Rechtschreibung",
    ["zehetmair", "rat"])

# ---------------- wikinews-de-358 (published 2019-08-01, Thursday) ----------------
# "die US-Notenbank", "Fed" and "US-Fed" (also inside the quoted wrong headline, which is a title,
# not a quote) are the Federal Reserve; "Fed-Chef" is a compound, "die Notenbanker" an object. The
# Konjunktiv sentence "Außerdem werde ... aufgehört" reports the Fed's announcement: a claim of the
# Fed (its mention in the first sentence). "rügte die Fed dafür, dass ..." is read like
# "kritisiert, dass" (a claim of Trump). Trump's second quote is a bare quote after his attributed
# one. The Konjunktiv sentence after "Powell enthielt sich ... einer Aussage" is Powell's claim
# and holds his partial quote. "China" in "Handelskriege ... mit China" is the Chinese government
# (a party to the trade war); in Trump's quote ("mit China, der EU und anderen Ländern Schritt
# halten") it is the country's economy, not a mention. "2008/2009" gives two years; "für heute"
# in Powell's quote ("for now") is not a date; "seit Monaten", "seit zwei Jahren", "derzeit" are
# not dates. "der vergangenen Woche" is last week (ISO week of published - 7 days).
d = D("wikinews-de-358", "de")
d.A("fed", None, "Federal Reserve System", "agency", "die [[US-Notenbank]] den", "da die [[Fed]] die Zinsen",
    "Ziel der [[Fed]]", "Die [[Fed]] setzte", "rügte die [[Fed]]", "als die [[Fed]] dem", "„[[US-Fed]] erhöht")
d.A("powell", None, "Jerome Powell", "person", "Jerome Powell", "hat [[Powell]] uns", "[[Powell]] enthielt")
d.A("nyfed", None, "Federal Reserve Bank of New York", "agency", "Federal Reserve Bank of New York")
d.A("williams", None, "John C. Williams", "person", "John C. Williams")
d.A("trump", "donald-trump", "Donald Trump", "person", ("ALL", "Donald Trump"), "[[Er]] verlangte bereits",
    "hatte [[er]] einen", "kommentierte [[Trump]]", "sagte [[Trump]] in")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")
d.A("eu", "european-union", "European Union", "other", "der [[EU]] und", "Europäischen Union")
d.A("china", "chinese-government", "Chinese government", "government", "vor allem mit [[China]]")

d.Q("Wir glauben, dass dies der richtige Schritt für heute ist", ("powell", "Jerome Powell"), "neutral")
d.Q("Es ist besser, präventive Maßnahmen zu ergreifen, als darauf zu warten, dass sich das Desaster entfaltet",
    ("williams", "John C. Williams"), "neutral")
d.Q("völlig ahnungslos", ("trump", "[[Er]] verlangte bereits"), "neutral")
d.Q("hartnäckigstes Problem", ("trump", "[[Er]] verlangte bereits"), "neutral")
d.Q("Wie immer hat Powell uns enttäuscht", ("trump", "kommentierte [[Trump]]"), "neutral")
d.Q("Die Märkte wollten von ihm hören, dass dies der Beginn eines langen und aggressiven Zyklus von Zinssenkungen war, damit wir mit China, der EU und anderen Ländern Schritt halten können.",
    ("trump", "kommentierte [[Trump]]"), "neutral")
d.Q("den sich entwickelnden Daten", ("powell", "[[Powell]] enthielt"), "neutral")
d.Q("Ich könnte das in zwei Sekunden tun, wenn ich wollte", ("trump", "sagte [[Trump]] in"), "neutral")

d.C("Außerdem werde zwei Monate früher als geplant bereits im Juli mit der Drosselung des Anleihenprogramms aufgehört",
    ("fed", "die [[US-Notenbank]] den"))
d.C("die Senkung der Federal Funds Rate nicht höher ausfiel", ("trump", "[[Donald Trump]] rügte"))
d.C("Die Zinssenkung sei nicht der Auftakt zu einem längeren Zyklus der Zinssenkungen, sondern die weitere Entwicklung sei von „den sich entwickelnden Daten“ abhängig",
    ("powell", "[[Powell]] enthielt"))

d.Dt("[[2008]]/2009", "2008", "year")
d.Dt("2008/[[2009]]", "2009", "year")
d.Dt("im [[Juli]] mit", "2019-07", "month")
d.Dt("Zinsen [[2018]] noch", "2018", "year")
d.Dt("Dienstag, 30. Juli", "2019-07-30", "day")
d.Dt("Monat Juni", "2019-06", "month")
d.Dt("31. Juli", "2019-07-31", "day")
d.Dt("der vergangenen Woche", "2019-07-25", "day")
d.E("Zinsen [[2018]] noch", "Die Zinssenkung ist eine Wende der amerikanische Geldpolitik, da die Fed die Zinsen 2018 noch viermal erhöht hatte",
    ["fed"])
d.E("Dienstag, 30. Juli", "Am Dienstag, 30. Juli, hatte er einen deutlicheren Zinsschritt verlangt", ["trump"])
d.E("der vergangenen Woche", "„Ich könnte das in zwei Sekunden tun, wenn ich wollte“, sagte Trump in der vergangenen Woche", ["trump"])
