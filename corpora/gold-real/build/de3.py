from helper import *

# Batch c (selection-c.json), German dev documents. All six first-listed documents have a quote
# or a claim, so no spare was used.
# Actors that have an entry in the project's actor registry (corpora/actors/*.toml) take its id
# and name (cdu, cdu-csu, spd, fdp, bundeswehr, german-economy-ministry, wsj, ...); others have
# "id": null.

# ---------------- wikinews-de-16 (published 2006-02-07, Tuesday) ----------------
# The petitioners ("Die amerikanischen Ureinwohner", "die Indianer", "Apachen") are one actor, the
# Apache. The petition's statements ("Die Petition geht davon aus, dass ...", confirmed as a
# "Behauptung" in the next sentences; "wie es in der Petition heißt: ...") are claims of the
# petitioners; the claimant is a mention of the petitioners. "vermutet, dass" (Robbins, Craven) is
# read as a published statement, since the text continues both in Konjunktiv as reported speech;
# "von dem sie annehmen, dass ..." (belief, relative clause) is not a claim. The Konjunktiv
# sentences after Robbins's and Craven's statements are their claims. „Bones-Gesellschaft“,
# „Skull & Bones(-Gruft)“, „Bones(-Gruft)“, „Gruft“, „Bonesmen“, „Kopf“, „Geronimo“ (the skull's
# name), the book title „Secrets of the Tomb“ and „Geschenke zu der Göttin“ (the society's
# euphemism, "beschönigendem Licht") are names and terms, not quotes: the document has claims but
# no quote. The report of the "Mitteilung" inside Robbins's book is one claim of Robbins.
# "in der nahen Zukunft" is not a date; the closing note's "10:12" is a time of day, its date
# (3. Feb. 2006) is listed.
d = D("wikinews-de-16", "de")
d.A("apache", None, "Apache", "other", "Die amerikanischen Ureinwohner", "in der [[sie]] eine Untersuchung",
    "dass [[die Indianer]] das zurück", "von dem [[sie]] annehmen", "dass sich [[Apachen]] in Folge", "Den [[Apachen]] wurden",
    "den [[sie]] auf einem geschmuggelten")
d.A("congress", "us-congress", "United States Congress", "legislature", "US-Kongress")
d.A("skb", None, "Skull and Bones", "other", "bei [[Skull & Bones]] fordern", "von der „[[Bones-Gesellschaft]]“ beraubt",
    "Die „[[Bones-Gesellschaft]]“ als solche", "Grabraube der „[[Bones]]“", "mit „[[Skull & Bones]]“-Mitgliedern",
    "dass „[[Bones]]“  tatsächlich", "Anwalt von „[[Skull & Bones]]“")
d.A("yale", None, "Yale University", "academic", "Yale-Universität")
d.A("geronimo", None, "Geronimo", "person", "Apachekriegers [[Geronimo]] sind", ("ALL", "Geronimos"))
d.A("pbush", None, "Prescott Bush", "person", "Prescott Bush")
d.A("gwbush", None, "George W. Bush", "person", "George W. Bush")
d.A("robbins", None, "Alexandra Robbins", "person", "Alexandra Robbins", "[[Robbins]] vermutet", "[[Robbins]] sagt weiter",
    "dass [[sie]] denke", "Buch von [[Robbins]]")
d.A("clark", None, "Clark College", "academic", "Clark-Colleges")
d.A("craven", None, "James Craven", "person", "James Craven")
d.A("davison", None, "Endicott Davison", "person", "Endicott Davison")

d.C("Geronimos Grab im Jahre 1918 von der „Bones-Gesellschaft“ beraubt wurde, unter der Beteiligung von Prescott Bush, dem Großvater des gegenwärtigen US-Präsidenten George W. Bush",
    ("apache", "Die amerikanischen Ureinwohner"))
d.C("der Grund, dass diese Personen Gräber ausrauben, folgender ist: Die „Bones-Gesellschaft“ als solche, sei von vornherein vom Tod eingenommen; Schädel, Skelette und Kunstwerke, die den Tod darstellen, würden sich mit Vorliebe in der „Skull & Bones-Gruft“ befinden",
    ("robbins", "[[Robbins]] vermutet"))
d.C("Wenn „Bonesmen“ Sachen stehlen, würden sie es in dem beschönigendem Licht sehen, dass sie „Geschenke zu der Göttin“ bringen, die sie in ihrer „Gruft“ verehren",
    ("robbins", "[[Robbins]] vermutet"))
d.C("sie denke, es sei lächerlich, dass der Sinn der „Bonesmen“ Anspruch auf Gegenstände erhebe, die vermutlich nicht ihnen gehören",
    ("robbins", "[[Robbins]] sagt weiter"))
d.C("Die Sachen, die sie mutmaßlich als Streich oder Wettbewerb gestohlen hätten, seien eventuell wertvoll für die eigentlichen Besitzer",
    ("robbins", "[[Robbins]] sagt weiter"))
d.C("Es sei erschreckend, dass sich die zuständigen Autoritäten nicht einen Weg in die „Bones-Gruft“ verschafft hätten, um das wiederzuerlangen, was nicht in die „Gruft“ gehöre",
    ("robbins", "[[Robbins]] sagt weiter"))
d.C("in der nahen Zukunft schließlich große Gruppen von Indianern vor der „Bones-Gruft“ erscheinen werden, um gegen diesen abscheulichen Rassismus und die Grabraube der „Bones“ zu protestieren und sie würden solange nicht weichen werden, bis dieser „Kopf“, und jedes andere indianische Artefakt, zurückgegeben werden wird",
    ("craven", "James Craven"))
d.C("Der Diebstahl sei eine Metapher für etwas viel größeres und gefährlicheres", ("craven", "James Craven"))
d.C("Dies sei der schreckliche Rassismus der angeborenen Power-Eliten, und diese würden die Positionen der Macht infiltrieren wollen",
    ("craven", "James Craven"))
d.C("sich Apachen in Folge einer Mitteilung mit „Skull & Bones“-Mitgliedern getroffen hätten, dass „Bones“  tatsächlich einen Schädel in der „Gruft“ habe, den sie „Geronimo“ nennen würden",
    ("robbins", "Buch von [[Robbins]]"))
d.C("weil [[es, wie es in der Petition heißt: Offensichtlich nicht der Schädel gewesen sei, den sie auf einem geschmuggelten Foto gesehen hatten]]",
    ("apache", "Den [[Apachen]] wurden"))
d.C("Geronimos Schädel in dem Besitz seiner Klienten sei", ("davison", "Endicott Davison"))

d.Dt("1918", "1918", "year")
d.Dt("3. Feb. 2006", "2006-02-03", "day")
d.E("1918", "Die Petition geht davon aus, dass Geronimos Grab im Jahre 1918 von der „Bones-Gesellschaft“ beraubt wurde, unter der Beteiligung von Prescott Bush, dem Großvater des gegenwärtigen US-Präsidenten George W. Bush",
    ["skb", "pbush", "geronimo"])

# ---------------- wikinews-de-218 (published 2019-08-22, Thursday) ----------------
# "Dies bestätigte ... Judd Deere" (a pronoun object) is not a claim; the Konjunktiv sentence after
# it is Deere's claim. Named spokespeople (Deere, Lene Balleby) are annotated as persons. One-word
# and phrase quotes governed by "nannte"/"bezeichnete ... als" („Farce“, „strategisch interessant“,
# „Aprilscherz“) are quotes, not claims (noun-phrase or adjective objects). Trump's thanks "für ihre
# Direktheit, die beiden Staaten „einen sehr großen Aufwand“ erspart hätte" gives the quote and a
# claim (Konjunktiv relative clause, with its antecedent). Places used as places ("in Dänemark",
# "an die Vereinigten Staaten", "für die USA", "auf Grönland") are not mentions. "am Sonntag
# (18. August)" gives two date expressions; "Ende vergangener Woche" is last week (ISO week of
# published - 7 days).
d = D("wikinews-de-218", "de")
d.A("trump", "donald-trump", "Donald Trump", "person", ("ALL", "Donald Trump"), "hat [[er]] dies",
    "hatte [[der amerikanische Präsident]] mitgeteilt", "dankte [[Trump]]", "[[Trump]] hatte einen Kauf", "so [[Trump]]",
    "hatte [[Trump]] sich", "Kaufabsicht [[Trumps]]", "bezeichnete [[Trumps]] Kaufinteresse")
d.A("frederiksen", None, "Mette Frederiksen", "person", "Mette Frederiksen", "Desinteresse [[Frederiksens]]",
    "Trump [[Frederiksen]] für", "[[Frederiksen]] sagte")
d.A("deere", None, "Judd Deere", "person", "Judd Deere")
d.A("wh", "white-house", "White House", "government", "Weißen Hauses")
d.A("melania", None, "Melania Trump", "person", "Melania")
d.A("margrethe", None, "Margrethe II", "person", "Margrethe II.")
d.A("balleby", None, "Lene Balleby", "person", "Lene Balleby")
d.A("royal", None, "Danish Royal House", "other", "dänischen Königshauses")
d.A("dr", None, "Danmarks Radio", "media", "Dansk Radio")
d.A("thorning", None, "Helle Thorning-Schmidt", "person", "Helle Thorning-Schmidt")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", ("ALL", "Twitter"))
d.A("df", None, "Dansk Folkeparti", "other", "Volkspartei")
d.A("dahl", None, "Kristian Thulesen Dahl", "person", "Kristian Thulesen Dahl")
d.A("wsj", "wsj", "The Wall Street Journal", "media", "Wall Street Journal")
d.A("rasmussen", None, "Lars Løkke Rasmussen", "person", "Lars Løkke Rasmussen")

d.Q("Es war eine Überraschung, aber wir haben nichts Weiteres dazu zu sagen", ("balleby", "Lene Balleby"), "neutral")
d.Q("Soll das ein Witz sein? Zutiefst beleidigend für die Menschen in Grönland und Dänemark.", ("thorning", "Helle Thorning-Schmidt"), "neutral")
d.Q("Farce", ("dahl", "Kristian Thulesen Dahl"), "neutral")
d.Q("einen sehr großen Aufwand", ("trump", "dankte [[Trump]]"), "neutral")
d.Q("strategisch interessant", ("trump", "[[Trump]] hatte einen Kauf"), "neutral")
d.Q("Im Grunde wäre das ein großes Immobiliengeschäft", ("trump", "so [[Trump]]"), "neutral")
d.Q("Ich hoffe inständig, dass dies nicht ernst gemeint ist.", ("frederiksen", "[[Frederiksen]] sagte"), "neutral")
d.Q("Aprilscherz", ("rasmussen", "Lars Løkke Rasmussen"), "neutral")

d.C("Damit sei der gesamte Staatsbesuch abgesagt", ("deere", "Judd Deere"))
d.C("das Desinteresse Frederiksens habe ihn bewogen, das Treffen zu verschieben", ("trump", "hatte [[der amerikanische Präsident]] mitgeteilt"))
d.C("ihre Direktheit, die beiden Staaten „einen sehr großen Aufwand“ erspart hätte", ("trump", "dankte [[Trump]]"))
d.C("hatte Trump sich wegen der natürlichen Ressourcen und aus geostrategischen Gründen für die Insel interessiert", ("wsj", "Wall Street Journal"))

d.Dt("2. September", "2019-09-02", "day")
d.Dt("Mittwochmorgen", "2019-08-21", "day")
d.Dt("Sonntag", "2019-08-18", "day")
d.Dt("18. August", "2019-08-18", "day")
d.Dt("Ende vergangener Woche", "2019-08-16", "day", True)
d.E("2. September", "Der amerikanische Präsident Donald Trump hat seinen Staatsbesuch am 2. September in Dänemark abgesagt", ["trump"])
d.E("Mittwochmorgen", "„Es war eine Überraschung, aber wir haben nichts Weiteres dazu zu sagen“, sagte am Mittwochmorgen Lene Balleby, die Sprecherin des dänischen Königshauses, dem Rundfunksender Dansk Radio",
    ["balleby", "royal", "dr"])
d.E("Sonntag", "Trump hatte einen Kauf Grönlands am Sonntag (18. August) für die USA als „strategisch interessant“ bezeichnet", ["trump"])
d.E("Ende vergangener Woche", "Ex-Ministerpräsident Lars Løkke Rasmussen bezeichnete Trumps Kaufinteresse Ende vergangener Woche auf Twitter als „Aprilscherz“",
    ["rasmussen"])

# ---------------- wikinews-de-179 (published 2018-06-01, Friday) ----------------
# A commentary. The four quoted criticisms („reine Symbolpolitik“ ...) come from unnamed critics
# ("werden vielfach kritisiert"): quotes with a null speaker, and the Konjunktiv sentence after them
# ("Es ginge dem Hamburger Senat ...") is the critics' claim (null claimant). The author's own
# arguments ("ließe sich leicht überprüfen", "müsste ... aufstellen": hypothetical Konjunktiv II)
# are not claims. The unnamed "Hamburger Umweltsenator" (head of the Umweltbehörde) is resolved
# to the authority, as spokespeople and heads of organisations are. "in den vergangenen Jahren",
# "in den letzten Jahren", "jetzt", "kurzfristig" are not dates; the closing link's dates are
# listed. No sentence with a date names an actor: no events.
d = D("wikinews-de-179", "de")
d.A("bue", None, "Behörde für Umwelt und Energie (Hamburg)", "ministry", ("ALL", "Hamburger Umweltbehörde"),
    "Die von der [[Umweltbehörde]] getroffenen", "Hamburger Umweltsenator")
d.A("senat", None, "Senat der Freien und Hansestadt Hamburg", "government", "Hamburger Senat")
d.A("airbus", None, "Airbus", "company", "Airbus")

d.Q("reine Symbolpolitik", None, "neutral")
d.Q("blinder Aktionismus", None, "neutral")
d.Q("nicht weit genug gehend", None, "neutral")
d.Q("unausgegoren", None, "neutral")

d.C("Es ginge dem Hamburger Senat bestenfalls um die Einhaltung der Messwerte an den Messstationen, aber nicht um eine ernsthafte Reduzierung der Schadstoffe", None)

d.Dt("Gestern", "2018-05-31", "day")
d.Dt("in [[2017]] überschritten", "2017", "year")
d.Dt("in [[2018]] weiter", "2018", "year")
d.Dt("31. Mai 2018", "2018-05-31", "day")
d.Dt("24.05.2018", "2018-05-24", "day")

# ---------------- wikinews-de-49 (published 2005-07-12, Tuesday) ----------------
# "sprach von einer Mehrbelastung", "erteilte ... eine Absage", "zeigte sich ... skeptisch" have no
# clause content; the Konjunktiv sentences after Westerwelle's, Schwanitz's and von Wartenberg's
# statements are their claims. „Eine Kampfansage ...“ and „massivsten Angriff ...“ (governed by
# "nannte") are quotes, not claims. "Unionsparteien" and "der Union" are CDU/CSU; compounds
# ("FDP-Vorsitzende", "DGB-Vize-Vorsitzende", "Unions-Wahlprogramm", "Kanzleramtsminister") are not
# mentions, so the DGB has no mention. "gestrigen" and "Montag" are the presentation day; "im
# Herbst" (the expected federal election, autumn 2005) is listed as the year, approximate.
d = D("wikinews-de-49", "de")
d.A("union", "cdu-csu", "CDU/CSU", "other", "Unionsparteien", "Atompolitik der [[Union]]")
d.A("fdp", "fdp", "Free Democratic Party (Germany)", "other", "Koalitionspartner [[FDP]]")
d.A("westerwelle", None, "Guido Westerwelle", "person", "Guido Westerwelle", "erteilte [[Westerwelle]]")
d.A("bundeswehr", "bundeswehr", "Bundeswehr", "other", "Bundeswehr")
d.A("schwanitz", None, "Rolf Schwanitz", "person", "Rolf Schwanitz")
d.A("spd", "spd", "Social Democratic Party of Germany", "other", "SPD")
d.A("engelen", None, "Ursula Engelen-Kefer", "person", "Ursula Engelen-Kefer")
d.A("wartenberg", None, "Ludolf von Wartenberg", "person", "Ludolf von Wartenberg")
d.A("bdi", None, "Bundesverband der Deutschen Industrie", "other", "Bundesverbands der Deutschen Industrie", "BDI")
d.A("greenpeace", None, "Greenpeace", "ngo", "Greenpeace")

d.Q("Eine Kampfansage an die neuen Länder", ("schwanitz", "Rolf Schwanitz"), "neutral")
d.Q("massivsten Angriff auf Arbeitnehmerrechte", ("engelen", "Ursula Engelen-Kefer"), "neutral")

d.C("Über eine Erhöhung der Mehrwertsteuer von bisher 16 auf dann 18 Prozent sei in einer schwarz-gelben Koalition noch nicht das letzte Wort gesprochen",
    ("westerwelle", "Guido Westerwelle"))
d.C("Den Ostdeutschen müssten die Haare zu Berge stehen, die Kernaussagen seien ein Schlag gegen die Arbeitnehmerrechte", ("schwanitz", "Rolf Schwanitz"))
d.C("Diese würden unter anderem den Druck zu Reformen an den Sozialsystemen mindern", ("wartenberg", "Ludolf von Wartenberg"))

d.Dt("gestrigen", "2005-07-11", "day")
d.Dt("Herbst", "2005", "year", True)
d.Dt("Montag", "2005-07-11", "day")
d.E("gestrigen", "Nach der gestrigen Vorstellung des Programms der Unionsparteien für einen möglichen Bundestagswahlkampf im Herbst hagelt es Kritik von Industrie, Gewerkschaften, aber auch vom möglichen Koalitionspartner FDP",
    ["union"])

# ---------------- wikinews-de-83 (published 2005-09-02, Friday) ----------------
# Merkel's partly quoted sentence gives the quote and a claim; "dafür plädiert, die Reserve ... zu
# verkaufen" is a claim (infinitive). „kluge und sinnvolle“ (governed by "nannte") is a quote, not
# a claim. "lehnten den Vorstoß ab", "wandte sich gegen einen Verkauf", "verwies auf ..." have no
# clause content; the Konjunktiv sentences after the ministry's, the association's and the EBV's
# statements are their claims. "nach Angaben des EBV" sits in the middle of its sentence, so the
# claim is the whole sentence. The spokespeople resolve to their organisations; "der
# Wirtschaftsminister" (unnamed, subject) is resolved to the ministry. "die Mineralölwirtschaft"
# (the industry) is not annotated. "Aktuell", "momentan", "Derzeit" are not dates: no dates.
d = D("wikinews-de-83", "de")
d.A("bruederle", None, "Rainer Brüderle", "person", "Rainer Brüderle", "FDP-Chef [[Brüderle]] hatte")
d.A("merkel", None, "Angela Merkel", "person", "Angela Merkel")
d.A("stoiber", None, "Edmund Stoiber", "person", "Edmund Stoiber")
d.A("westerwelle", None, "Guido Westerwelle", "person", "Guido Westerwelle")
d.A("degov", "german-government", "Bundesregierung", "government", "Bundesregierung")
d.A("bmwi", "german-economy-ministry", "Bundesministerium für Wirtschaft und Energie", "ministry",
    "Ein Sprecher des Wirtschaftsminsteriums", "der Wirtschaftsminister")
d.A("mwv", None, "Mineralölwirtschaftsverband", "other", "Mineralölwirtschaftsverband", "Eine Sprecherin")
d.A("ebv", None, "Erdölbevorratungsverband", "agency", "Erdölbevorratungsverband", ("ALL", "EBV"))

d.Q("sehr positiv prüfen", ("merkel", "Angela Merkel"), "neutral")
d.Q("Die zusätzliche Mehrwertsteuer, die dadurch entsteht, dass der Ölpreis explodiert, die müssen wir für die Absenkung des Benzinpreises einsetzen.",
    ("stoiber", "Edmund Stoiber"), "neutral")
d.Q("kluge und sinnvolle", ("westerwelle", "Guido Westerwelle"), "neutral")
d.Q("Wir können damit die extrem spekulativen Ausschläge dämpfen, reduzieren.", ("bruederle", "FDP-Chef [[Brüderle]] hatte"), "neutral")
d.Q("Es gibt keine Notwendigkeit für eine solche Maßnahme.", ("bmwi", "Ein Sprecher des Wirtschaftsminsteriums"), "neutral")

d.C("Einen entsprechenden Vorschlag des stellvertretenden FDP-Chefs Rainer Brüderle zum Verkauf von Reserven sollte man „sehr positiv prüfen“",
    ("merkel", "Angela Merkel"))
d.C("Ein Tabu dürfe das nicht sein", ("merkel", "Angela Merkel"))
d.C("die Reserve am Markt zu verkaufen", ("bruederle", "FDP-Chef [[Brüderle]] hatte"))
d.C("Aktuell gebe es kein Versorgungs-, sondern ein Preisproblem an den Ölmärkten", ("bmwi", "Ein Sprecher des Wirtschaftsminsteriums"))
d.C("Es gebe momentan keinen Versorgungsengpass", ("mwv", "Eine Sprecherin"))
d.C("Derzeit sind nach Angaben des EBV Ölprodukte im Volumen von 23 Millionen Tonnen eingelagert", ("ebv", "nach Angaben des [[EBV]]"))
d.C("Verkauft werden dürfe die Reserve nur zur Abwendung eines drohenden oder eingetretenen Versorgungsproblems", ("ebv", "nach Angaben des [[EBV]]"))

# ---------------- wikinews-de-31 (published 2021-04-03, Saturday) ----------------
# Bader's second quote (a bare quote after her attributed one) points to "sagte Bader". "wies aber
# darauf hin, dass ..." is her claim. "in den kommenden Jahren" (inside Ernst's quote), "zehn Tage",
# "einen Monat" are not dates. The run-off sentence with "28. März 2021" names no actor (places
# only): no event; "der seit 2015 amtierende Häckel" dates his term (event).
d = D("wikinews-de-31", "de")
d.A("haeckel", None, "Nikolas Häckel", "person", "Nikolas Häckel", "parteilose [[Häckel]]", "amtierende [[Häckel]]",
    "hatte [[Häckel]] auf")
d.A("raab", None, "Clemens Raab", "person", "Clemens Raab", "[[Raab]] kam", "[[Raab]], der ursprünglich", "während [[Raab]]")
d.A("cdu", "cdu", "Christian Democratic Union of Germany", "other", "CDU")
d.A("ernst", None, "Kai-Uwe Ernst", "person", "Kai-Uwe Ernst", "26-jährige [[Ernst]]")
d.A("bader", None, "Yvonne Bader", "person", ("ALL", "Yvonne Bader"), "sagte [[Bader]]", "dass [[sie]] erst")
d.A("bacher", None, "Matthias Bacher", "person", "Matthias Bacher", "[[Bacher]] meinte")
d.A("ostfalk", None, "Karl Ostfalk", "person", "Karl Ostfalk")

d.Q("Ich möchte Sie in den kommenden Jahren von mir, meiner Persönlichkeit, aber auch von meiner Arbeit überzeugen. Und ich möchte gemeinsam mit Ihnen Auenwald voranbringen.",
    ("ernst", "26-jährige [[Ernst]]"), "neutral")
d.Q("Ja natürlich, wenn ich keine Hoffnung gehabt hätte, wäre ich ja nicht angetreten", ("bader", "sagte [[Bader]]"), "neutral")
d.Q("Das war sehr ambitioniert, das waren ja nur zehn Tage Wahlkampf, die anderen waren einen Monat voraus und hatten auch andere Möglichkeiten, sich zu präsentieren. Diese Möglichkeiten hatte ich ja gar nicht.",
    ("bader", "sagte [[Bader]]"), "neutral")
d.Q("Die Auenwalder haben echt Mut zum Wechsel gezeigt.", ("bacher", "[[Bacher]] meinte"), "neutral")

d.C("sie erst im zweiten Wahlgang kandidiert hatte", ("bader", "sagte [[Bader]]"))

d.Dt("28. März 2021", "2021-03-28", "day")
d.Dt("7. März", "2021-03-07", "day")
d.Dt("2015", "2015", "year")
d.E("7. März", "Im ersten Wahlgang am 7. März hatte der seit 2015 amtierende Häckel, der in Sylt geboren wurde, mit 46,7 Prozent bereits die meisten Stimmen der ursprünglich vier Kandidaten erhalten",
    ["haeckel"])
d.E("2015", "Im ersten Wahlgang am 7. März hatte der seit 2015 amtierende Häckel, der in Sylt geboren wurde, mit 46,7 Prozent bereits die meisten Stimmen der ursprünglich vier Kandidaten erhalten",
    ["haeckel"])
