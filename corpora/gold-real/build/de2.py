from helper import *

# Batch b (selection-b.json), German dev documents. All six first-listed documents have a quote
# or a claim, so no spare was used.

# ---------------- wikinews-de-336 (published 2019-06-21, Friday) ----------------
# "Nacht zum Freitag" / "Nacht zum Donnerstag" are dated to the day the night ends in (the strike
# was called off before dawn on Friday; the drone was shot down early on Thursday). The first claim
# is reported by the New York Times and the Associated Press together; it is attributed to the
# New York Times (named first, and the source of the following report). „RQ-4A Global Hawk“ is a
# name, not a quote; „150“ is the answer of an unnamed general (null speaker). "Iran ... will
# Beweise dafür haben, dass ..." is read as Iran's claim (wollen = to claim). Time of day
# ("Um 15 Uhr") is not a date.
d = D("wikinews-de-336", "de")
d.A("irgov", None, "Government of Iran", "government", "gegen den [[Iran]] gekommen", "[[Iran]] und die USA",
    "[[Iran]] hingegen", "der [[Iran]] habe")
d.A("nyt", "new-york-times", "The New York Times", "media", ("ALL", "New York Times"), "[[Die Zeitung]] berief")
d.A("ap", None, "Associated Press", "media", "Associated Press")
d.A("trump", "donald-trump", "Donald Trump", "person", "Donald Trump", "ob [[Trump]] seine",
    "[[der amerikanische Präsident]] gewittert", "twitterte [[Trump]]", "Trump dass [[er]] den", "als [[er]] von einem")
d.A("congress", "us-congress", "United States Congress", "legislature", "Kongresses")
d.A("wh", "white-house", "White House", "government", "Weißes Haus")
d.A("dod", None, "United States Department of Defense", "ministry", ("ALL", "Pentagon"))
d.A("usgov", "us-government", "US government", "government", "Die [[Vereinigten Staaten]] hätten", "und die [[USA]] streiten",
    "dass die [[Vereinigten Staaten]] lügen")
d.A("zarif", None, "Mohammad Javad Zarif", "person", "Mohammed Dschawad Sarif", "[[Sarif]] benannte")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", ("ALL", "Twitter"))
d.A("un", "united-nations", "United Nations", "other", "Vereinten Nationen")
d.A("usaf", None, "United States Air Force", "agency", "amerikanischen Luftwaffe")
d.A("centcom", None, "United States Central Command", "agency", "Central Command")
d.A("guastella", None, "Joseph Guastella", "person", "Joseph Guastella")
d.A("faa", None, "Federal Aviation Administration", "agency", "FAA")

d.Q("einen sehr schweren Fehler gemacht", ("trump", "[[der amerikanische Präsident]] gewittert"), "neutral")
d.Q("zeigen, dass die Vereinigten Staaten lügen", ("zarif", "Mohammed Dschawad Sarif"), "neutral")
d.Q("150", None, "neutral")

d.C("hatte US-Präsident Donald Trump die Militäraktion angeordnet, dann jedoch wieder gestoppt", ("nyt", "Wie die [[New York Times]] und"))
d.C("Es habe im Weißen Haus heftige Diskussionen zwischen dem amerikanischen Präsidenten, seinen Beratern und den Spitzen des Kongresses gegeben",
    ("nyt", "Wie die [[New York Times]] und"))
d.C("Die Vereinigten Staaten hätten kurz vor Tagesanbruch im Iran eine Handvoll Ziele angreifen wollen", ("nyt", "meldete die [[New York Times]]"))
d.C("Flugzeuge seien bereits in der Luft und Schiffe in Angriffsposition gewesen, als der Angriff abgebrochen worden sei, bevor der erste Schuss abgefeuert wurde",
    ("nyt", "meldete die [[New York Times]]"))
d.C("es sei unklar, ob Trump seine Meinung plötzlich änderte oder ob der Ablauf des Angriffs geändert wurde", ("nyt", "Die [[New York Times]] schrieb"))
d.C("das unbemannte Flugzeug habe sich im internationalen Luftraum über der Straße von Hormus befunden", ("dod", "Das [[Pentagon]] sagt"))
d.C("Beweise dafür haben, dass der in der Nacht zum Donnerstag erfolgte Abschuss im iranischen Luftraum erfolgte", ("irgov", "[[Iran]] hingegen"))
d.C("der Iran habe „einen sehr schweren Fehler gemacht“", ("trump", "[[der amerikanische Präsident]] gewittert"))
d.C("Man wolle vor den Vereinten Nationen „zeigen, dass die Vereinigten Staaten lügen“", ("zarif", "Mohammed Dschawad Sarif"))
d.C("der Abschussort befinde sich mindestens 34 Kilometer vor der iranischen Küste im internationalen Luftraum", ("guastella", "Joseph Guastella"))
d.C("er den Angriff zehn Minuten vorher gestoppt habe, als er von einem seiner Generäle auf die Frage nach den zu erwartenden Opfern als Antwort „150“ erhalten hatte",
    ("trump", "twitterte [[Trump]]"))

d.Dt("Nacht zum Freitag", "2019-06-21", "day")
d.Dt("Nacht zum Donnerstag", "2019-06-20", "day")
d.Dt("am [[Donnerstag]] für", "2019-06-20", "day")
d.E("Nacht zum Freitag", "In der Nacht zum Freitag ist es beinahe zum Luftschlag amerikanischer Streitkräfte gegen den Iran gekommen", ["irgov"])
d.E("Nacht zum Donnerstag", "Iran hingegen will Beweise dafür haben, dass der in der Nacht zum Donnerstag erfolgte Abschuss im iranischen Luftraum erfolgte", ["irgov"])
d.E("am [[Donnerstag]] für", "Die amerikanische Luftfahrtbehörde FAA hat am Donnerstag für in den USA registrierte Fluggesellschaften eine Flugverbotszone über dem Persischen Golf, dem Golf von Oman und dem iranischen Luftraum angeordnet", ["faa"])

# ---------------- wikinews-de-357 (published 2019-07-17, Wednesday) ----------------
# "Bundesanwaltschaft" / "Bundesstaatsanwaltschaft" / "Acostas Büro" are the federal prosecutors in
# Florida (Acosta's office); "mit der Staatsanwaltschaft" (which office is unclear) is not annotated.
# "der Bezirksstaatswalt in South Beach" (in Acosta's claim) is Barry Krischer. "Nach Ansicht der
# Demokraten soll ..." is read as an attribution ("laut"). The New York Post's "hat herausgefunden,
# dass ..." is its report (continued in Konjunktiv I in the next sentence): two claims. Krischer's
# partly quoted sentence gives the quote and a claim. "am Sonntag" (a recurring weekday of
# Epstein's detention) and "jetzt" are not dates.
d = D("wikinews-de-357", "de")
d.A("trump", "donald-trump", "Donald Trump", "person", "[[der amerikanische Präsident]] auf der Suche", "Donald Trump")
d.A("mattis", None, "James Mattis", "person", "James Mattis")
d.A("acosta", None, "Alexander Acosta", "person", ("ALL", "Alexander Acosta"),
    ("ALL", "Acosta", ["Alexander [[Acosta]] der Presse", "Alexander [[Acosta]] beteiligt"]), ("ALL", "Acostas"),
    "habe [[er]] US-Präsident", "dass [[er]] zurücktrete", "habe [[er]] nichts zu tun", "was [[er]] gesagt hat")
d.A("epstein", None, "Jeffrey Epstein", "person", "Jeffrey Epstein", ("ALL", "Epstein", ["Jeffrey [[Epstein]]"]),
    ("ALL", "Epsteins"), "konnte [[er]] in seinem", "habe [[er]] dies")
d.A("sdny", None, "United States Attorney's Office for the Southern District of New York", "agency", "New Yorker Staatsanwaltschaft")
d.A("usaosdfl", None, "United States Attorney's Office for the Southern District of Florida", "agency", "Bundesanwaltschaft",
    "Bundesstaatsanwaltschaft", "Acostas Büro")
d.A("dems", None, "Democratic Party", "other", "Demokraten", "[[Sie]] forderten")
d.A("krischer", None, "Barry Krischer", "person", "[[der Bezirksstaatswalt]] in South Beach", "Barry Krischer", "sagte [[Krischer]]")
d.A("senate", "us-senate", "United States Senate", "legislature", "im [[Senat]]")
d.A("blumenthal", None, "Richard Blumenthal", "person", "Blumenthal")
d.A("nyt", "new-york-times", "The New York Times", "media", "New York Times")
d.A("vance", None, "Cyrus Vance Jr.", "person", "Cyrus Vance junior")
d.A("nypost", None, "New York Post", "media", "New York Post")

d.Q("Sie wollten ihn laufen lassen", ("acosta", "lassen“, sagte [[Acosta]]"), "neutral")
d.Q("Das war für uns inakzeptabel. Wir wollten ihn im Gefängnis sehen.", ("acosta", "lassen“, sagte [[Acosta]]"), "neutral")
d.Q("sollte es nicht erlaubt sein, die Geschichte umzuschreiben", ("krischer", "sagte [[Krischer]]"), "neutral")
d.Q("nach Geheimverhandlungen zwischen Herrn Epsteins Anwälten und Herrn Acosta", ("krischer", "sagte [[Krischer]]"), "neutral")
d.Q("Nichts, was er gesagt hat, rechtfertigt sein Handeln.", ("blumenthal", "Blumenthal"), "neutral")

d.C("Wegen der Affäre um Jeffrey Epstein habe er US-Präsident Donald Trump darüber informiert, dass er zurücktrete",
    ("acosta", "[[Alexander Acosta]] der Presse"))
d.C("zwischen 2002 und 2005 einen Prostitutionsring in Florida und New York unterhalten zu haben", ("sdny", "New Yorker Staatsanwaltschaft"))
d.C("soll Epsteins Bestrafung zu harmlos gewesen sein", ("dems", "Demokraten"))
d.C("sein Eingreifen verhindert habe, dass Epstein ohne Haftstrafe ausgegangen sei, weil der Bezirksstaatswalt in South Beach eine Anklage gegen den Hedgefondsmanager in nur einem Punkt erhoben habe",
    ("acosta", "[[Acosta]] hatte sich zuletzt"))
d.C("Die Verurteilung zu 13 Monaten habe immerhin bewirkt, dass Epstein in einer Sexualstraftäterdatenbank eingetragen worden sei",
    ("acosta", "[[Acosta]] hatte auf eine"))
d.C("Mit den sehr erleichterten Haftbedingungen Epsteins habe er nichts zu tun gehabt", ("acosta", "sage [[Acosta]]"))
d.C("Acosta habe darüber gelogen, was 2008 seine Rolle gewesen sei", ("krischer", "Barry Krischer"))
d.C("Acosta „sollte es nicht erlaubt sein, die Geschichte umzuschreiben“", ("krischer", "sagte [[Krischer]]"))
d.C("Acostas Büro habe zwar eine 53-seitige Anklageschrift vorbereitet, von der Anklage sei jedoch „nach Geheimverhandlungen zwischen Herrn Epsteins Anwälten und Herrn Acosta“ abgesehen worden",
    ("krischer", "sagte [[Krischer]]"))
d.C("Der demokratische Bezirksstaatsanwalt von Manhattan, Cyrus Vance junior, das meldete die New York Times, habe einen Antrag gestellt, der Epsteins Registrierung als Sexualstraftäter deutlich abgeschwächt hätte",
    ("nyt", "New York Times"))
d.C("Epstein jahrelang folgenlos Bewährungsauflagen nicht erfüllt hat", ("nypost", "New York Post"))
d.C("Statt sich in Manhattan, wo Epstein eine Stadtvilla bewohnt, seit seiner Freilassung alle 90 Tage – 34 mal bis dato – bei der Polizei zu melden, habe er dies bis zu seiner Verhaftung kein einziges Mal getan",
    ("nypost", "New York Post"))

d.Dt("Beginn des Jahres", "2019", "year", True)
d.Dt("Jahresende 2018", "2018", "year", True)
d.Dt("zwischen [[2002]] und", "2002", "year")
d.Dt("2002 und [[2005]]", "2005", "year")
d.Dt("[[2008]] konnte", "2008", "year")
d.Dt("was [[2008]] seine", "2008", "year")
d.Dt("6. Juli", "2019-07-06", "day")
d.E("Beginn des Jahres", "Seit Beginn des Jahres ist der amerikanische Präsident auf der Suche nach einem Nachfolger für den zum Jahresende 2018 zurückgetretenen Verteidigungsminister James Mattis, jetzt wurde auch die Position des Arbeitsministers vakant", ["trump"])
d.E("Jahresende 2018", "Seit Beginn des Jahres ist der amerikanische Präsident auf der Suche nach einem Nachfolger für den zum Jahresende 2018 zurückgetretenen Verteidigungsminister James Mattis, jetzt wurde auch die Position des Arbeitsministers vakant", ["mattis"])
d.E("zwischen [[2002]] und", "Die New Yorker Staatsanwaltschaft beschuldigt den 66-jährigen Milliardär Epstein, zwischen 2002 und 2005 einen Prostitutionsring in Florida und New York unterhalten zu haben", ["epstein"])
d.E("[[2008]] konnte", "2008 konnte Epstein einem Verfahren der Bundesanwaltschaft durch einen Deal mit der Staatsanwaltschaft zuvorkommen", ["epstein", "usaosdfl"])
d.E("was [[2008]] seine", "Acosta habe darüber gelogen, was 2008 seine Rolle gewesen sei", ["acosta"])
d.E("6. Juli", "Epstein wurde am 6. Juli auf einem Flughafen in New Jersey verhaftet", ["epstein"])

# ---------------- wikinews-de-64 (published 2017-12-12, Tuesday) ----------------
# „Hauptstadt Palästinas“ (what the unnamed demonstrators called Jerusalem, governed by
# "bezeichnet") is a quote with a null speaker. The STERN reporter is unnamed and writes for the
# magazine: her quote is resolved to STERN. "am vergangenen Wochenende" is dated to its Saturday
# (day, approximate), as en3.py does for "this weekend". The sentence after DER SPIEGEL's claim
# ("Auch bei den antisemitischen Straftaten ... wird nicht ermittelt ...") is indicative and is not
# taken as a continuation claim.
d = D("wikinews-de-64", "de")
d.A("israel", None, "Government of Israel", "government", "Staat Israel")
d.A("trump", "donald-trump", "Donald Trump", "person", "Trump", "[[er]] wolle ganz")
d.A("degov", "german-government", "Bundesregierung", "government", "Bundesregierung")
d.A("police", None, "Polizei Berlin", "agency", "[[die Polizei]] zehn")
d.A("spiegel", "der-spiegel", "Der Spiegel", "media", "DER SPIEGEL")
d.A("mueller", None, "Michael Müller", "person", "Michael Müller", "[[er]] werde Antisemitismus")
d.A("spd", None, "Sozialdemokratische Partei Deutschlands", "other", "SPD")
d.A("stern", None, "Stern", "media", "STERN")

d.Q("Hauptstadt Palästinas", None, "neutral")
d.Q("Diese Gewalt ist vielleicht die Folge einer misslungenen Migrations- und Integrationspolitik, noch mehr aber die Folge der verstörend laschen Reaktion der europäischen Regierungen auf diese Entwicklungen.",
    ("stern", "STERN"), "neutral")

d.C("er wolle ganz Jerusalem als Hauptstadt Israels anerkennen", ("trump", "Trump"))
d.C("es sei nicht bekannt, wie verbreitet antisemitische Denkweisen unter Migranten sind", ("spiegel", "DER SPIEGEL"))
d.C("er werde Antisemitismus und Rassismus bei Demonstrationen nicht dulden", ("mueller", "Michael Müller"))

d.Dt("vergangenen Wochenende", "2017-12-09", "day", True)
d.Dt("Freitag", "2017-12-08", "day")
d.Dt("vergangenen Jahr", "2016", "year")
d.E("Freitag", "Bereits am Freitag waren vor dem Brandenburger Tor israelische Flaggen verbrannt worden, worauf die Polizei zehn Menschen festnahm und die Kundgebung auflöste", ["police"])

# ---------------- wikinews-de-366 (published 2019-05-26, Sunday) ----------------
# The Venezuelan opposition is annotated as one actor (also in the closing link to the related
# article); "von norwegischer Seite" counts as a mention of the Norwegian government, as
# "von nordkoreanischer Seite" does in de.py. The closing link's date (15.12.2017) is listed.
d = D("wikinews-de-366", "de")
d.A("nomfa", None, "Norwegian Ministry of Foreign Affairs", "ministry", "das norwegische Außenministerium")
d.A("vegov", None, "Government of Venezuela", "government", "venezolanischen Regierung")
d.A("opp", None, "Venezuelan opposition", "other", ("ALL", "Opposition"))
d.A("nogov", None, "Government of Norway", "government", "norwegischer Seite", "norwegischen Regierung", "[[Norwegen]] hat sich")
d.A("guaido", None, "Juan Guaidó", "person", "Juan Guaidó", "[[er]] werde unter", ("ALL", "Guaidó", ["Juan [[Guaidó]]"]),
    ("ALL", "Guaidós"))
d.A("gonzalez", None, "Stalin González", "person", "Stalin González")
d.A("blyde", None, "Gerardo Blyde", "person", "Gerardo Blyde")
d.A("an", None, "National Assembly of Venezuela", "legislature", "Nationalversammlung")
d.A("maduro", None, "Nicolás Maduro", "person", "Nicolás Maduro", "[[Dieser]] wird", "Maduros", "Nicolas Maduro")
d.A("degov", "german-government", "German government", "government", "[[Deutschland]] und den USA")
d.A("usgov", "us-government", "US government", "government", "Deutschland und den [[USA]]")
d.A("dos", None, "United States Department of State", "ministry", "US-Außenministerium")
d.A("zambrano", None, "Edgar Zambrano", "person", "Edgar Zambrano")
d.A("marrero", None, "Roberto Marrero", "person", "Roberto Marrero")

d.Q("Wir geben uns nicht für einen falschen Dialog her.", ("guaido", "[[Guaidó]] dämpfte"), "neutral")
d.Q("Freie Wahlen können nicht von einem Tyrannen überwacht werden. Wie wir wiederholt erklärt haben, glauben wir, dass das Einzige, was mit Nicolas Maduro verhandelt werden kann, die Bedingungen für seine Entlassung sind.",
    ("dos", "US-Außenministerium"), "neutral")

d.C("werden in der kommenden Woche Vertreter der venezolanischen Regierung und der Opposition in Oslo zu Verhandlungen eintreffen",
    ("nomfa", "das norwegische Außenministerium"))
d.C("er werde unter anderem den zweiten Vizepräsidenten der Nationalversammlung Stalin González und den früheren Abgeordneten Gerardo Blyde dorthin entsenden",
    ("guaido", "Juan Guaidó"))
d.C("Seine Delegation werde sowohl mit Vertretern der norwegischen Regierung als auch den Vertretern von Nicolás Maduro reden", ("guaido", "Juan Guaidó"))
d.C("Ziel einer jeden Vermittlung könne nur der Rücktritt Maduros und darauffolgende Neuwahlen sein", ("guaido", "[[Guaidó]] dämpfte"))

d.Dt("Samstagabend", "2019-05-25", "day")
d.Dt("der kommenden Woche", "2019-06-02", "day")
d.Dt("Januar", "2019-01", "month")
d.Dt("am [[Samstag]] in einer Rede", "2019-05-25", "day")
d.Dt("15.12.2017", "2017-12-15", "day")
d.E("Samstagabend", "Wie das norwegische Außenministerium am Samstagabend mitteilte, werden in der kommenden Woche Vertreter der venezolanischen Regierung und der Opposition in Oslo zu Verhandlungen eintreffen", ["nomfa"])
d.E("der kommenden Woche", "Wie das norwegische Außenministerium am Samstagabend mitteilte, werden in der kommenden Woche Vertreter der venezolanischen Regierung und der Opposition in Oslo zu Verhandlungen eintreffen", ["vegov", "opp"])
d.E("Januar", "Im Januar hatte sich Guaidó selbst zum Interimspräsidenten ausgerufen, was von über 50 Staaten, darunter Deutschland und den USA, anerkannt wurde", ["guaido"])
d.E("am [[Samstag]] in einer Rede", "Guaidó dämpfte die Erwartungen an den Erfolg der bevorstehenden Verhandlungen am Samstag in einer Rede vor hunderten Anhängern: „Wir geben uns nicht für einen falschen Dialog her.“", ["guaido"])

# ---------------- wikinews-de-367 (published 2017-12-15, Friday) ----------------
# "Tisch der demokratischen Einheit" (in straight quotes) is a name, not a quote. The first claim's
# attribution ("nach Präsident Maduro") sits in the middle of the sentence, so the claim is the
# whole sentence. "sie" (the boycotting parties, a group of three actors) is not a mention.
d = D("wikinews-de-367", "de")
d.A("maduro", None, "Nicolás Maduro", "person", ("ALL", "Maduro"))
d.A("anc", None, "Constituent National Assembly of Venezuela", "legislature", "Verfassungsgebenden Versammlung")
d.A("mud", None, "Mesa de la Unidad Democrática", "other", "Tisch der demokratischen Einheit", "MUD")
d.A("pj", None, "Primero Justicia", "other", "Primero Justicia")
d.A("capriles", None, "Henrique Capriles Radonski", "person", "Henrique Capriles Radonski")
d.A("ad", None, "Acción Democrática", "other", "Acción Democrática")
d.A("ramos", None, "Henry Ramos Allup", "person", "Henry Ramos Allup")
d.A("vp", None, "Voluntad Popular", "other", "Voluntad Popular")
d.A("lopez", None, "Leopoldo López", "person", "Leopoldo Lopez")
d.A("vegov", None, "Government of Venezuela", "government", "[[die Regierung]] nicht")
d.A("psuv", None, "United Socialist Party of Venezuela", "other", "Sozialisten")

d.Q("Wir haben mehr als 300 von 335 Rathäusern gewonnen", ("maduro", "gewonnen\", so [[Maduro]]"), "neutral")

d.C("Nachdem sie bei den Regionalwahlen am 10.12.2017 Wahlboykott geübt haben, sollen nach Präsident Maduro drei der vier größten Oppositionsparteien nicht mehr an der nächsten Präsidentschaftswahl im kommenden Jahr teilnehmen können",
    ("maduro", "Präsident [[Maduro]]"))
d.C("Die Beteiligung an den Regionalwahlen sei ein wichtiges, von der Ende Juli eingesetzten Verfassungsgebenden Versammlung aufgestelltes Kriterium für die Kandidatur an der Präsidentschaftswahl  gewesen",
    ("maduro", "gewesen, so [[Maduro]]"))

d.Dt("10.12.2017", "2017-12-10", "day")
d.Dt("kommenden Jahr", "2018", "year")
d.Dt("Ende Juli", "2017-07", "month", True)
d.E("10.12.2017", "Nachdem sie bei den Regionalwahlen am 10.12.2017 Wahlboykott geübt haben, sollen nach Präsident Maduro drei der vier größten Oppositionsparteien nicht mehr an der nächsten Präsidentschaftswahl im kommenden Jahr teilnehmen können", ["maduro"])
d.E("Ende Juli", "Die Beteiligung an den Regionalwahlen sei ein wichtiges, von der Ende Juli eingesetzten Verfassungsgebenden Versammlung aufgestelltes Kriterium für die Kandidatur an der Präsidentschaftswahl  gewesen, so Maduro", ["anc"])

# ---------------- wikinews-de-360 (published 2005-11-20, Sunday) ----------------
# „United States Fish and Wildlife Service“ is a name in quotation marks, not a quote. "Er
# beabsichtigt daher, ... zu nehmen" (intention, not a speech verb) is not a claim; "schätzten
# Experten die Zahl ... auf ..." has a noun-phrase object and unnamed experts. "heute" ("ist heute
# 48 Prozent höher", i.e. nowadays) and "momentan" are not dates, nor is the decade "70er Jahre".
# The closing note's date (20.10.2005, the original article) is listed.
d = D("wikinews-de-360", "de")
d.A("fws", None, "United States Fish and Wildlife Service", "agency", "United States Fish and Wildlife Service", "[[Er]] beabsichtigt")
d.A("lewis", None, "Meriwether Lewis", "person", "Lewis")
d.A("clark", None, "William Clark", "person", "Clark")

d.Q("der größte Teil der Yellowstone-Grizzlybären […] wiederhergestellt ist.", ("fws", "United States Fish and Wildlife Service"), "neutral")

d.C("„der größte Teil der Yellowstone-Grizzlybären […] wiederhergestellt ist.“", ("fws", "United States Fish and Wildlife Service"))

d.Dt("1804", "1804", "year")
d.Dt("1975", "1975", "year")
d.Dt("20.10.2005", "2005-10-20", "day")
d.E("1804", "Als Lewis und Clark 1804 Nordamerika durchquerten, gab es mehr als 50.000 Grizzlys im Westen", ["lewis", "clark"])
