from helper import *

# ---------------- wikinews-de-359 (published 2005-08-01, Monday) ----------------
d = D("wikinews-de-359", "de")
d.A("bush", None, "George W. Bush", "person", "George W. Bush", "dass [[er]] John R. Bolton", "[[Bush]] sagte, dass",
    "Präsident [[Bush]] erklärte", "dass [[er]] für die Ernennung", "sagte [[Bush]] während")
d.A("bolton", None, "John R. Bolton", "person", "John R. Bolton", "dass [[Bolton]] von", "[[Bolton]] war bei",
    "sagte [[Bolton]]", "dass [[Bolton]] bei seiner", "[[Boltons]] Vergangenheit", "in der [[er]] die UNO",
    "Vorwürfe, [[er]] habe", "über [[Bolton]] im Senat", "Voinovich [[Bolton]] als", "[[Boltons]] Nominierung")
d.A("un", "united-nations", "United Nations", "other", "Vereinten Nationen", ("ALL", "UNO"))
d.A("senate", "us-senate", "United States Senate", "legislature", ("ALL", "Senats"), "im [[Senat]]")
d.A("sfrc", None, "United States Senate Committee on Foreign Relations", "legislature", "Auswärtigen Ausschuss des Senats")
d.A("congress", "us-congress", "United States Congress", "legislature", "Kongresses")
d.A("nyt", "new-york-times", "The New York Times", "media", "New York Times", "Berichten der [[Times]]")
d.A("voinovich", None, "George Voinovich", "person", ("ALL", "George Voinovich"))

d.Q("einer Mehrheit der Senatoren", ("bush", "[[Bush]] sagte, dass"), "neutral")
d.Q("unfairer Art", ("bush", "[[Bush]] sagte, dass"), "neutral")
d.Q("Verschleppungstatik weniger Abgeordneter", ("bush", "[[Bush]] sagte, dass"), "neutral")
d.Q("seine verfassungsgemäße Macht", ("bush", "Präsident [[Bush]] erklärte"), "neutral")
d.Q("Ich bin hochgradig dankbar und äußerst demütig", ("bolton", "sagte [[Bolton]]"), "neutral")
d.Q("nicht ehrlich", None, "neutral")
d.Q("Innbegriff dessen, wie ein Diplomat nicht sein soll.", ("voinovich", "Senator [[George Voinovich]] Bolton"), "neutral")

d.C("er John R. Bolton zum Botschafter der USA bei den Vereinten Nationen ernannt hat", ("bush", "George W. Bush"))
d.C("Bolton von „einer Mehrheit der Senatoren“ unterstützt wurde, aber in „unfairer Art“ bei der Abstimmung durch die „Verschleppungstatik weniger Abgeordneter“ abgelehnt worden sei",
    ("bush", "[[Bush]] sagte, dass"))
d.C("der Posten zu lange unbesetzt war", ("bush", "Präsident [[Bush]] erklärte"))
d.C("er für die Ernennung „seine verfassungsgemäße Macht“ nutze", ("bush", "Präsident [[Bush]] erklärte"))
d.C("Dieses Amt sei zu wichtig um länger unbesetzt zu bleiben, im Besonderen während eines Krieges und einer wichtigen Debatte über die Reform der UNO",
    ("bush", "sagte [[Bush]] während"))
d.C("Es sei für ihn ein Privileg, Anwalt für die Werte Amerikas und die Interessen der USA in der UNO zu sein", ("bolton", "sagte [[Bolton]]"))
d.C("Bolton bei seiner Aussage vor dem Auswärtigen Ausschuss des Senats im März „nicht ehrlich“ war", None)
d.C("eine Ernennung während der Parlamentsferien sei daher nicht zu empfehlen", None)
d.C("Der Brief wurde laut New York Times von 36 Senatoren, darunter 35 Demokraten und einem Unabhängigen unterzeichnet", ("nyt", "New York Times"))
d.C("er die UNO kritisiert und untergebene Mitarbeiter schlecht behandelt habe", None)
d.C("er habe, laut Berichten der Times Geheimdienstberichte beeinflusst, um seine Sichtweisen zu bestätigen", ("nyt", "Berichten der [[Times]]"))

d.Dt("03. Januar 2007", "2007-01-03", "day")
d.Dt("der letzten Woche", "2005-07-25", "day", True)
d.Dt("März", "2005-03", "month")
d.E("der letzten Woche", "Die Ernennung erfolgt trotz eines Briefs, der in der letzten Woche an den Präsidenten geschickt wurde, in dem steht, dass Bolton bei seiner Aussage vor dem Auswärtigen Ausschuss des Senats im März „nicht ehrlich“ war, eine Ernennung während der Parlamentsferien sei daher nicht zu empfehlen", ["bush", "bolton"])
d.E("März", "Die Ernennung erfolgt trotz eines Briefs, der in der letzten Woche an den Präsidenten geschickt wurde, in dem steht, dass Bolton bei seiner Aussage vor dem Auswärtigen Ausschuss des Senats im März „nicht ehrlich“ war, eine Ernennung während der Parlamentsferien sei daher nicht zu empfehlen", ["bolton", "sfrc"])

# ---------------- wikinews-de-363 (published 2005-07-18, Monday) ----------------
d = D("wikinews-de-363", "de")
d.A("fbi", "fbi", "Federal Bureau of Investigation", "agency", ("ALL", "FBI", ["Offizielle des [[FBI]]"]), "Offizielle des FBI")
d.A("greenpeace", None, "Greenpeace", "ngo", ("ALL", "Greenpeace"), "Die Umweltschutzorganisation")
d.A("aclu", "aclu", "American Civil Liberties Union", "ngo", "American Civil Liberties Union", ("ALL", "ACLU"))
d.A("usgov", "us-government", "US government", "government", "Bush-Regierung")
d.A("congress", "us-congress", "United States Congress", "legislature", "vom [[Kongress]]")
d.A("doj", "us-doj", "US Department of Justice", "ministry", "Justizministeriums")
d.A("romero", None, "Anthony Romero", "person", "Anthony Romero", "sagte [[Romero]]", "[[Romero]] kritisiert")
d.A("ufpj", None, "United for Peace and Justice", "ngo", "United for Peace and Justice")
d.A("gop", None, "Republican Party", "other", "Parteitag der [[Republikaner]]")

d.Q("Warum erstellt das FBI beinahe 1.200 Seiten über eine Bürgerrechtsgruppe, die sich mit legalen Mitteln engagiert?",
    ("romero", "sagte [[Romero]]"), "against")

d.C("die Beobachtung durch das FBI ein Versuch sei, politische Gegner der Regierung zu unterdrücken", None, "against")
d.C("die Überwachung der Aktivisten nicht das Recht auf freie Meinungsäußerung eingeschränkt habe, sondern kriminellen Aktivitäten während Demonstrationen vorbeugen sollte",
    ("fbi", "Offizielle des FBI"), "for")
d.C("Proteste gegen eine politische Versammlung mit dem Kampf gegen den Terrorismus in Verbindung gebracht würden", ("romero", "[[Romero]] kritisiert"))

d.Dt("11. September 2001", "2001-09-11", "day")
d.Dt("2003", "2003", "year")
d.E("2003", "So wird auf sechs Seiten internen Dokumenten über die Rolle der Gruppe „United for Peace and Justice“ berichtet, die an der Vorbereitung der Proteste gegen den Parteitag der Republikaner im Jahr 2003 beteiligt war", ["ufpj", "gop"])

# ---------------- wikinews-de-181 (published 2005-06-30, Thursday) ----------------
# The vote "am Freitag" is the day after publication ("Einen Tag vor der Abstimmung"), so
# Freitag resolves forward to 2005-07-01 here; "am selben Tag" is that same day.
d = D("wikinews-de-181", "de")
d.A("schroeder", None, "Gerhard Schröder", "person", "Gerhard Schröder", "Der Bundeskanzler hat angekündigt",
    "„ob [[er]] für", "[[Schröder]] werde")
d.A("spd", None, "Sozialdemokratische Partei Deutschlands", "other", "([[SPD]])", "von [[SPD]] und", "aus [[SPD]] und")
d.A("bundestag", "bundestag", "Deutscher Bundestag", "legislature", "Deutschen Bundestag", "im [[Bundestag]] geben",
    ("ALL", "Bundestages"), "die Koalition im [[Bundestag]]")
d.A("gruene", None, "Bündnis 90/Die Grünen", "other", "von SPD und [[Grünen]] entschlossen", "(Bütikofer) der [[Grünen]]",
    "aus SPD und [[Grünen]] zusammen")
d.A("cducsu", None, "CDU/CSU", "other", "CDU/CSU")
d.A("fdp", None, "Freie Demokratische Partei", "other", "FDP")
d.A("spdfr", None, "SPD-Bundestagsfraktion", "legislature", ("ALL", "SPD-Fraktion"))
d.A("buetikofer", None, "Reinhard Bütikofer", "person", "Bütikofer")
d.A("gruenefr", None, "Bundestagsfraktion Bündnis 90/Die Grünen", "legislature", "Grünen-Fraktion")
d.A("degov", "german-government", "Bundesregierung", "government", "Die Koalition verfügt",
    "Spitzenvertreter der Regierungskoalition", "Am Morgen hatte [[die Koalition]]", "müsste [[die Regierung]]")
d.A("koehler", None, "Horst Köhler", "person", "Danach hat [[der Bundespräsident]] (Horst", "Horst Köhler",
    "entweder [[der Bundespräsident]] oder")
d.A("anda", None, "Béla Anda", "person", "Béla Anda")
d.A("bverfg", "bverfg", "Bundesverfassungsgericht", "court", ("ALL", "Bundesverfassungsgericht"))
d.A("schulz", None, "Werner Schulz", "person", "Werner Schulz")
d.A("hoffmann", None, "Jelena Hoffmann", "person", "Jelena Hoffmann")
d.A("kohl", None, "Helmut Kohl", "person", "Kohl")
d.A("carstens", None, "Karl Carstens", "person", "Carstens")
d.A("muentefering", None, "Franz Müntefering", "person", "Franz Müntefering")

d.Q("ob er für seine Politik vom stetigen Vertrauen der Mehrheit des Parlaments ausgehen kann", ("anda", "Béla Anda"), "neutral")

d.C("Es wird mit hoher Wahrscheinlichkeit eine klare Mehrheit für eine Ablehnung der Vertrauensfrage im Bundestag geben", None)
d.C("Die Opposition (CDU/CSU und FDP) werde geschlossen mit Nein stimmen", None)
d.C("im Falle des (geplanten) Scheiterns der Vertrauensfrage den Bundespräsidenten noch am selben Tag aufzusuchen um ihm die Auflösung des Bundestages und die Vorbereitung von Neuwahlen vorzuschlagen",
    ("schroeder", "Der Bundeskanzler hat angekündigt"))
d.C("für den Kanzler sei entscheidend, „ob er für seine Politik vom stetigen Vertrauen der Mehrheit des Parlaments ausgehen kann“",
    ("anda", "Béla Anda"))
d.C("Schröder werde erst unmittelbar vor der Plenarsitzung des Bundestages über Einzelheiten Aufschluss geben", ("anda", "Béla Anda"))
d.C("sie würden aufgrund erheblicher verfassungsrechtlicher Bedenken im Zusammenhang mit dem Vorgehen bei der Vertrauensfrage in Erwägung ziehen, vor dem Bundesverfassungsgericht Klage einzureichen",
    ("schulz", "Werner Schulz"))
d.C("dieses Instrument nicht zu missbrauchen", ("bverfg", "hatte das [[Bundesverfassungsgericht]] eine deutliche"))
d.C("Einen „Plan B“ - für den Fall, dass entweder der Bundespräsident oder das Bundesverfassungsgericht das Verfahren für grundgesetzwidrig erklären sollten, gäbe es nicht",
    ("muentefering", "Franz Müntefering"))

d.Dt("am [[selben Tag]] aufzusuchen", "2005-07-01", "day")
d.Dt("heute", "2005-06-30", "day")
d.Dt("Freitag", "2005-07-01", "day")
d.Dt("gestern", "2005-06-29", "day")
d.Dt("Mittwoch", "2005-06-29", "day")
d.Dt("Am [[Morgen]] hatte", "2005-06-30", "day")
d.Dt("1982", "1982", "year")
d.E("am [[selben Tag]] aufzusuchen", "Der Bundeskanzler hat angekündigt, im Falle des (geplanten) Scheiterns der Vertrauensfrage den Bundespräsidenten noch am selben Tag aufzusuchen um ihm die Auflösung des Bundestages und die Vorbereitung von Neuwahlen vorzuschlagen", ["schroeder", "koehler"])
d.E("heute", "Am frühen Nachmittag kamen heute Spitzenvertreter der Regierungskoalition aus SPD und Grünen zusammen", ["degov", "spd", "gruene"])
d.E("Mittwoch", "Der Regierungssprecher Béla Anda hatte am Mittwoch erklärt, für den Kanzler sei entscheidend, „ob er für seine Politik vom stetigen Vertrauen der Mehrheit des Parlaments ausgehen kann“", ["anda"])
d.E("Am [[Morgen]] hatte", "Am Morgen hatte die Koalition im Bundestag noch eine Reihe von Gesetzesvorlagen eingebracht und mit ihrer Mehrheit durchs Parlament gebracht", ["degov", "bundestag"])
d.E("1982", "Bereits 1982 hatte der damalige Bundeskanzler Kohl auf dem Weg über die Vertrauensfrage Neuwahlen herbeigeführt", ["kohl"])

# ---------------- wikinews-de-316 (published 2017-09-24, Sunday) ----------------
d = D("wikinews-de-316", "de")
d.A("usgov", "us-government", "US government", "government", "zwischen Nordkorea und den [[Vereinigten Staaten]]", ("ALL", "USA"))
d.A("nkgov", None, "Government of North Korea", "government", "zwischen [[Nordkorea]] und", "Verhalten [[Nordkoreas]]",
    "Von [[nordkoreanischer Seite]]", "[[Regierungsmitglieder]] hielten", "Riskieren [[Nordkorea]] und")
d.A("trump", "donald-trump", "Donald Trump", "person", "Donald Trump", "[[Trump]] sei psychisch", "[[Er]] befinde sich",
    "US-Präsident [[Trump]] hatte", "drohte [[er]] sogar", "bezeichnete [[Trump]]")
d.A("dod", None, "United States Department of Defense", "ministry", "US-Verteidigungsministeriums", "Pentagon")
d.A("usaf", None, "United States Air Force", "agency", "US-Luftwaffe")
d.A("ri", None, "Ri Yong Ho", "person", "Ri Yong Ho", "[[Dieser]] hatte zuvor")
d.A("un", "united-nations", "United Nations", "other", ("ALL", "Vereinten Nationen"))
d.A("kim", None, "Kim Jong Un", "person", "Kim Yong Un")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")
d.A("kcna", None, "Korean Central News Agency", "media", "staatlichen koreanischen Nachrichtenagentur", "KCNA")

d.Q("unausweichlich", ("ri", "[[Dieser]] hatte zuvor"), "neutral")
d.Q("auf einer Selbstmordmission", ("nkgov", "Von [[nordkoreanischer Seite]]"), "neutral")
d.Q("vollständig zu zerstören", ("trump", "drohte [[er]] sogar"), "neutral")
d.Q("totale Zerstörung", None, "neutral")

d.C("Man habe so zeigen wollen, dass US-Präsident Donald Trump das Verhalten Nordkoreas sehr ernst nehme und eine etwaige Bedrohung auch militärisch abwenden könne", None)
d.C("seien die Bomber von einer US-Basis in Guam aus gestartet und von in Japan stationierten Kampfflugzeugen eskortiert worden", ("dod", "US-Verteidigungsministeriums"))
d.C("Die B-1 Bomber seien nicht Teil der amerikanischen Atomstreitkräfte, können jedoch mit vielen herkömmlichen Bomben bewaffnet werden", ("dod", "US-Verteidigungsministeriums"))
d.C("Trump sei psychisch gestört, größenwahnsinnig und selbstgefällig", ("nkgov", "Von [[nordkoreanischer Seite]]"))
d.C("Er befinde sich „auf einer Selbstmordmission“ und sei deshalb verantwortlich dafür, wenn unschuldige Amerikaner zu Tode kommen", ("nkgov", "Von [[nordkoreanischer Seite]]"))
d.C("eine natürliche Ursache an, die sich als Spätfolge des nordkoreanischen Versuchs mit einer Wasserstoffbombentests vom 3. September eingestellt habe", None)
d.C("handelte es sich um Arbeiter, Studenten sowie Regierungsvertreter, die eine „totale Zerstörung“ Amerikas forderten", ("kcna", "KCNA"))

d.Dt("Samstag 23. September", "2017-09-23", "day")
d.Dt("Am [[23. September]] hatten", "2017-09-23", "day")
d.Dt("vom [[3. September]]", "2017-09-03", "day")
d.Dt("vergangenen Samstag", "2017-09-23", "day")
d.Dt("23.09.2017", "2017-09-23", "day")

# ---------------- wikinews-de-70 (published 2021-03-24, Wednesday) ----------------
d = D("wikinews-de-70", "de")
d.A("strenz", None, "Karin Strenz", "person", ("ALL", "Karin Strenz"), "Flugzeug mit [[Strenz]]", "[[Die Politikerin]] hatte",
    "[[Strenz]] befand sich", "beschuldigte [[Strenz]]", "[[Sie]] habe als Mitglied", "So hatte [[Strenz]] 2015",
    "stellte [[sie]] dem", "2017 hatte [[Strenz]]", "Todes von [[Strenz]]", "war [[sie]] Landtagsabgeordnete",
    "war [[sie]] als Unternehmensberaterin")
d.A("cdulg", None, "CDU-Landesgruppe Mecklenburg-Vorpommern", "other", "CDU-Landesgruppe Mecklenburg-Vorpommern")
d.A("rehberg", None, "Eckhardt Rehberg", "person", "Eckhardt Rehberg")
d.A("dpa", "dpa", "Deutsche Presse-Agentur", "media", "Deutschen Presseagentur")
d.A("bundestag", "bundestag", "Deutscher Bundestag", "legislature", "Der Bundestag hatte", "aus den [[Bundestag]]", "Deutschen Bundestages")
d.A("staffm", None, "Staatsanwaltschaft Frankfurt am Main", "agency", "[[Die Staatsanwaltschaft]] beschuldigte",
    "von [[der Staatsanwaltschaft]]", "Staatsanwaltschaft Frankfurt am Main", "habe [[die Staatsanwaltschaft]] insgesamt")
d.A("pace", None, "Parliamentary Assembly of the Council of Europe", "legislature", "Parlamentarierversammlung des Europarates",
    "Parlamentarischen Versammlung des Europarates")
d.A("coe", "council-of-europe", "Council of Europe", "other", ("ALL", "Europarates"))
d.A("lintner", None, "Eduard Lintner", "person", "Eduard Linter", "[[Linter]] war 2009")
d.A("stasn", None, "Staatsanwaltschaft Schwerin", "agency", "Staatsanwaltschaft Schwerin", "ein Sprecher der Staatsanwaltschaft")
d.A("iegov", "irish-government", "Irish government", "government", "die irische Regierung")

d.Q("Eine dienstliche Veranlassung gab es jedenfalls nicht", ("rehberg", "Eckhardt Rehberg"), "neutral")
d.Q("pro-aserbaidschanisches Verhalten", ("staffm", "von [[der Staatsanwaltschaft]]"), "neutral")
d.Q("Wir gehen davon aus, dass es dann eine Obduktion der Toten in Irland gibt", ("stasn", "ein Sprecher der Staatsanwaltschaft"), "neutral")

d.C("eine Schmiergeldzahlung einer pro-aserbaidschanischen Lobbygruppe erhalten zu haben", ("staffm", "[[Die Staatsanwaltschaft]] beschuldigte"))
d.C("Sie habe als Mitglied der Parlamentarierversammlung des Europarates nach dem Empfang von 22.000 Euro ein auffällig „pro-aserbaidschanisches Verhalten“ gezeigt",
    ("staffm", "von [[der Staatsanwaltschaft]]"))
d.C("es beim Wahlverlauf zu keinen Unregelmäßigkeiten gekommen sei", ("strenz", "stellte [[sie]] dem"))
d.C("über Unternehmen des früheren CSU-Bundestagsbgeordneten Eduard Linter zwei Zahlungen von je 10.000 Euro erhalten zu haben", ("strenz", "2017 hatte [[Strenz]]"))
d.C("sind über Konten in baltischen Staaten und britische Briefkastenfirmen zwischen 2008 und 2016 etwa vier Millionen Euro geflossen",
    ("staffm", "Staatsanwaltschaft Frankfurt am Main"))
d.C("In diesem Zusammenhang habe die Staatsanwaltschaft insgesamt 16 Wohnungen und Büros in Berlin, Bayern, Mecklenburg-Vorpommern und in Belgien durchsuchen lassen",
    ("staffm", "Staatsanwaltschaft Frankfurt am Main"))

d.Dt("vergangenen Sonntag", "2021-03-21", "day")
d.Dt("am [[Montag]] der Deutschen", "2021-03-22", "day")
d.Dt("Januar 2021", "2021-01", "month")
d.Dt("Strenz [[2015]]", "2015", "year")
d.Dt("[[2017]] hatte Strenz", "2017", "year")
d.Dt("Linter war [[2009]]", "2009", "year")
d.Dt("[[2008]] und", "2008", "year")
d.Dt("und [[2016]]", "2016", "year")
d.Dt("hat am [[Montag]] ein", "2021-03-22", "day")
d.Dt("seit [[2009]]", "2009", "year")
d.Dt("[[2002]] bis", "2002", "year")
d.Dt("bis [[2006]]", "2006", "year")
d.Dt("von [[2007]] bis", "2007", "year")
d.Dt("2007 bis [[2009]]", "2009", "year")
d.E("vergangenen Sonntag", "Die Bundestagsabgeordnete Karin Strenz starb am vergangenen Sonntag auf dem Rückflug von Kuba in einem Krankenhaus", ["strenz"])
d.E("am [[Montag]] der Deutschen", "„Eine dienstliche Veranlassung gab es jedenfalls nicht“, sagte der Sprecher der CDU-Landesgruppe Mecklenburg-Vorpommern, Eckhardt Rehberg, am Montag der Deutschen Presseagentur", ["rehberg", "cdulg", "dpa"])
d.E("Januar 2021", "Der Bundestag hatte im Januar 2021 die Immunität der 53-jährigen Abgeordneten aus Mecklenburg-Vorpommern aufgehoben", ["bundestag", "strenz"])
d.E("Strenz [[2015]]", "So hatte Strenz 2015 als einzige deutsche Abgeordnete in der Parlamentarischen Versammlung des Europarates gegen eine Entschließung gestimmt, deren Gegenstand die Freilassung politischer Gefangener in Aserbaidschan war", ["strenz", "pace"])
d.E("[[2017]] hatte Strenz", "2017 hatte Strenz zugegeben, über Unternehmen des früheren CSU-Bundestagsbgeordneten Eduard Linter zwei Zahlungen von je 10.000 Euro erhalten zu haben", ["strenz"])
d.E("Linter war [[2009]]", "Linter war 2009 aus den Bundestag ausgeschieden und hatte dann eine Lobbygruppe gegründet, die sich für Aserbaidschan engagiert", ["lintner", "bundestag"])
d.E("hat am [[Montag]] ein", "Die Staatsanwaltschaft Schwerin hat am Montag ein Todesermittlungsverfahren eingeleitet und ein Rechtshilfeersuchen an die irische Regierung in die Wege geleitet, um die Umstände des Todes von Strenz aufzuklären", ["stasn", "iegov"])

# ---------------- wikinews-de-195 (published 2005-07-19, Tuesday) ----------------
d = D("wikinews-de-195", "de")
d.A("badran", None, "Adnan Badran", "person", "Adnan Badran")
d.A("salih", None, "Barham Salih", "person", "Barham Salih", "[[Salih]] rief", "[[Der irakische Planungsminister]] fügte hinzu",
    "[[Salih]] beendete")
d.A("bell", None, "Bell", "person", "Bell")
d.A("afp", "afp", "Agence France-Presse", "media", "AFP")
d.A("cagov", "canadian-government", "Government of Canada", "government", "Die Regierung Kanadas")
d.A("irffi", None, "International Reconstruction Fund Facility for Iraq", "other", "International Reconstruction Fund Facility for Iraq",
    "IRFFI", "Internationaler Rekonstruktionkapitals-Service für den Irak")
d.A("wb", None, "World Bank", "other", ("ALL", "Weltbank"))
d.A("un", "united-nations", "United Nations", "other", "Vereinten Nationen")

d.Q("Terrorismus, Extremismus und Gewalt bestimmen den Rekonstruktionsprozess in diesem Land und stellen eine Herausforderung für den Aufbau eines vereinten, demokratischen Irak dar.",
    ("badran", "Adnan Badran"), "neutral")
d.Q("von der Elektrizität bis zum Wasser sind nicht befriedigt.", ("salih", "[[Salih]] rief"), "neutral")
d.Q("Wir können nicht so tun als ginge es um 'business as usual'. Es ist Zeit, den Menschen zu zeigen, dass es einen Unterschied macht.",
    ("salih", "[[Salih]] rief"), "neutral")
d.Q("Wenn Sie eine einzige Botschaft heute von hier mitnehmen, lassen Sie es diese sein: Engagieren Sie sich jetzt!", ("salih", "[[Salih]] beendete"), "neutral")
d.Q("Der Irak durchläuft eine sehr ernste und grundlegende Übergangsperiode... Wenn diese nicht erfolgreich verläuft, werden wir Konsequenzen auf regionaler Ebene und im Hinblick auf die internationale Sicherheit zu gewärtigen haben.",
    ("bell", "Bell"), "neutral")

d.C("Aufruhr und Korruption den Wiederaufbau behinderten", ("salih", "Barham Salih"))
d.C("Besonders die Korruption sei ein ernsthaftes Problem", ("salih", "Barham Salih"))
d.C("eine größere Rolle beim Wiederaufbau zu spielen, um die Grundbedürfnisse der Bevölkerung zu sichern", ("salih", "[[Salih]] rief"))
d.C("die nächsten Monate werden für den Irak entscheidend sein: eine Verfassung wird zum 15. August fertiggestellt werden und am 15. Oktober bei einem Referendum zur Abstimmung stehen, um am 15. Dezember zu einer demokratisch legitimierten Regierung zu führen",
    ("salih", "[[Der irakische Planungsminister]] fügte hinzu"))
d.C("dem Irak Kredite in Höhe von 500 Millionen US-$ zu zu bewilligen", ("wb", "Die [[Weltbank]] kündigte"))

d.Dt("15. August", "2005-08-15", "day")
d.Dt("15. Oktober", "2005-10-15", "day")
d.Dt("15. Dezember", "2005-12-15", "day")
d.Dt("Botschaft [[heute]]", "2005-07-19", "day")
d.Dt("begann diese Arbeit im Jahre [[2003]]", "2003", "year")
d.Dt("gestern", "2005-07-18", "day")
d.Dt("1973", "1973", "year")
d.Dt("Madrid-Konferenz im Jahre [[2003]]", "2003", "year")
d.E("begann diese Arbeit im Jahre [[2003]]", "Mit einer Serie solcher Konferenzen unter dem Dach der „International Reconstruction Fund Facility for Iraq, IRFFI“ (Internationaler Rekonstruktionkapitals-Service für den Irak) begann diese Arbeit im Jahre 2003 in Madrid", ["irffi"])
d.E("gestern", "Die Weltbank kündigte gestern an, dem Irak Kredite in Höhe von 500 Millionen US-$ zu zu bewilligen", ["wb"])

# ---------------- wikinews-de-202 (published 2005-08-06, Saturday) ----------------
# "für Dienstag" is an upcoming meeting (invitation issued after yesterday's proposals): resolved
# forward to 2005-08-09. "Mitte nächster Woche" follows the "next week" rule (+7 days, approximate).
d = D("wikinews-de-202", "de")
d.A("irgov", None, "Government of Iran", "government", "Die Führung des Iran", "Kernenergie durch den [[Iran]] vor",
    "Kernenergie durch den [[Iran]].", "Der Iran besteht", "dass der [[Iran]] die", "was der [[Iran]] jedoch",
    "der [[Iran]] werde am", "Terminwünsche des [[Iran]]", "der [[Iran]] werde nicht", "die iranische Seite")
d.A("eu", "european-union", "European Union", "other", "von der [[EU]] vorgelegten", "mit der [[EU]] über",
    "Der Vorschlag der [[EU]]", "die Europäische Union", "Die [[EU]] hat", "Vorschlägen der [[EU]] Stellung")
d.A("mussawian", None, "Hossein Mussawian", "person", "Hossein Mussawian", "führte [[Mussawian]] aus")
d.A("reuters", "reuters", "Reuters", "media", "Reuters")
d.A("asefi", None, "Hamid Resa Asefi", "person", "Hamid Resa Asefi")
d.A("usgov", "us-government", "US government", "government", "auch die [[USA]] hinter", "US-Regierung", "Die [[USA]] und")
d.A("iaea", None, "International Atomic Energy Agency", "other", "Internationale Atomenergieorganisation", ("ALL", "IAEA"))
d.A("unsc", None, "United Nations Security Council", "other", "UN-Sicherheitsrat")
d.A("ahmadinejad", None, "Mahmoud Ahmadinejad", "person", "Mahmud Ahmadinedschad")
d.A("schroeder", None, "Gerhard Schröder", "person", "Gerhard Schröder")
d.A("spd", None, "Sozialdemokratische Partei Deutschlands", "other", "SPD")
d.A("fischer", None, "Joschka Fischer", "person", "Joschka Fischer")
d.A("gruene", None, "Bündnis 90/Die Grünen", "other", "Grüne")

d.Q("Die Vorschläge sind unannehmbar und wir lehnen sie ab.", ("mussawian", "Hossein Mussawian"), "neutral")
d.Q("vor denjenigen zurückweichen, die unsere Rechte verletzen wollen.", ("ahmadinejad", "Mahmud Ahmadinedschad"), "neutral")

d.C("das Recht des Iran auf Urananreicherung nicht anerkannt werde", ("asefi", "Hamid Resa Asefi"))
d.C("Dies bedeute auch die Anerkennung einer friedlichen Nutzung der Kernenergie durch den Iran", None)
d.C("enthielten die EU-Vorschläge ausreichende Sicherheiten zur Kontrolle der iranischen Atompläne, so dass eine militärische Nutzung der Kernenergie ausgeschlossen werden könne",
    ("usgov", "US-Regierung"))
d.C("der Iran die anfallenden radioaktiven Stoffe für die Entwicklung eigener Atomwaffen nutzen könnte", ("usgov", "Die [[USA]] und"))
d.C("der Iran werde am kommenden Freitag die Anlage zur Urananreicherung in Isfahan wieder anfahren", ("mussawian", "führte [[Mussawian]] aus"))
d.C("Diese müssten jedoch die Terminwünsche des Iran beachten", ("mussawian", "führte [[Mussawian]] aus"))
d.C("ihre Mitarbeiter seien erst ab Mitte nächster Woche einsatzbereit", ("iaea", "Die [[IAEA]] hatte"))
d.C("der Iran werde nicht „vor denjenigen zurückweichen, die unsere Rechte verletzen wollen.“", ("ahmadinejad", "Mahmud Ahmadinedschad"))

d.Dt("gestern", "2005-08-05", "day")
d.Dt("kommenden Freitag", "2005-08-12", "day")
d.Dt("Mitte nächster Woche", "2005-08-13", "day", True)
d.Dt("Dienstag", "2005-08-09", "day")
d.Dt("Samstag", "2005-08-06", "day")
d.E("gestern", "Die Führung des Iran weist die von der EU vorgelegten Vorschläge von gestern zur Beilegung des Konflikts über das iranische Atomprogramm zurück", ["irgov", "eu"])
d.E("kommenden Freitag", "Weiter führte Mussawian aus, der Iran werde am kommenden Freitag die Anlage zur Urananreicherung in Isfahan wieder anfahren", ["mussawian", "irgov"])
d.E("Mitte nächster Woche", "Die IAEA hatte erklärt, ihre Mitarbeiter seien erst ab Mitte nächster Woche einsatzbereit", ["iaea"])
d.E("Dienstag", "Die EU hat für Dienstag zu einer Sondersitzung mit der IAEA eingeladen", ["eu", "iaea"])
d.E("Samstag", "Der am Samstag vereidigte neue Präsident des Iran, Mahmud Ahmadinedschad, nahm noch nicht direkt zu den Vorschlägen der EU Stellung, sagte jedoch, der Iran werde nicht „vor denjenigen zurückweichen, die unsere Rechte verletzen wollen.“", ["ahmadinejad"])

# ---------------- wikinews-de-174 (published 2018-02-23, Friday) ----------------
# „Superminister“ is a nickname used by the press: not a quote.
d = D("wikinews-de-174", "de")
d.A("schulz", None, "Martin Schulz", "person", "Martin Schulz")
d.A("degov", "german-government", "Bundesregierung", "government", "Bundesregierung")
d.A("hendricks", None, "Barbara Hendricks", "person", "Barbara Hendricks")
d.A("spd", None, "Sozialdemokratische Partei Deutschlands", "other", ("ALL", "SPD"))
d.A("bmub", None, "Bundesministerium für Umwelt, Naturschutz, Bau und Reaktorsicherheit", "ministry",
    "Ministerium für Umwelt, Naturschutz, Bau und Reaktorsicherheit")
d.A("seehofer", None, "Horst Seehofer", "person", "Horst Seehofer")
d.A("stern", None, "Stern", "media", "STERN")
d.A("union", None, "CDU/CSU", "other", "Union")

d.Q("Am Ende ging es Union und SPD nur um Posten und Machterhalt.", ("stern", "STERN"), "neutral")

d.Dt("März", "2018-03", "month")
d.Dt("15. Februar", "2018-02-15", "day")
d.E("15. Februar", "Die Illustrierte STERN schreibt in ihrer Ausgabe vom 15. Februar: „Am Ende ging es Union und SPD nur um Posten und Machterhalt.“", ["stern"])

# ---------------- wikinews-de-38 (published 2018-02-16, Friday) ----------------
# The poem's lines (and their translation) and „Entartete Kunst“ (an exhibition title) are not quotes;
# „degradiert“ (the AStA's criticism, reported with "Angeblich") and Kissler's coined
# „Geschmackstotalitarismus“ are.
d = D("wikinews-de-38", "de")
d.A("senat", None, "Akademischer Senat der Alice-Salomon-Hochschule", "academic", "Akademische Senat der Alice-Salomon-Hochschule")
d.A("ash", None, "Alice-Salomon-Hochschule", "academic", "Alice-Salomon-Hochschule")
d.A("gomringer", None, "Eugen Gomringer", "person", "Eugen Gomringer")
d.A("asta", None, "Allgemeiner Studierendenausschuss der Alice-Salomon-Hochschule", "other", "Allgemeine Studierendenausschuss", "AStA")
d.A("faz", "faz", "Frankfurter Allgemeine Zeitung", "media", "FAZ")
d.A("kissler", None, "Alexander Kissler", "person", "Alexander Kissler")
d.A("cicero", None, "Cicero", "media", "CICERO")

d.Q("degradiert", ("asta", "AStA"), "neutral")
d.Q("Geschmackstotalitarismus", ("kissler", "Alexander Kissler"), "neutral")

d.C("werden Frauen damit zum Objekt männlicher Bewunderung „degradiert“", ("asta", "AStA"))

d.Dt("2017", "2017", "year")
d.Dt("2. Februar 2018", "2018-02-02", "day")
d.E("2017", "2017 hatte der Allgemeine Studierendenausschuss (AStA) öffentlich seine Kritik geäußert", ["asta"])
d.E("2. Februar 2018", "Ein Kommentar in der FAZ am 2. Februar 2018 vergleicht die Position der Hochschule mit der Nazi-Debatte um „Entartete Kunst“, Alexander Kissler benutzt im CICERO den Begriff „Geschmackstotalitarismus“", ["faz"])

# ---------------- wikinews-de-54 (published 2019-07-10, Wednesday) ----------------
# „Fake News“ is Trump's label for the media, governed by "bezeichnet": a quote. "18. Jahrhundert"
# (a century) has no representable precision and is left out.
d = D("wikinews-de-54", "de")
d.A("ca2", None, "United States Court of Appeals for the Second Circuit", "court", "Bundesberufungsgericht für den zweiten Bezirk",
    "[[Das Gericht]] fällte")
d.A("trump", "donald-trump", "Donald Trump", "person", "Donald Trump", "sieben von [[Trump]] geblockte", "wurde von [[Trump]] geblockt",
    "Tweet [[Trumps]] vom", "Darin hatte [[Trump]]", "dass [[er]] die Wahl", "wenn [[er]] sich auf", "auf [[Trumps]] Account",
    "Präsident [[Trumps]] Entscheidung", "[[Trumps]] Account sei", "weil [[Trump]] den Account", "Wenn [[er]] Nutzer",
    "würde [[er]] als Privatperson", "folgt [[der Präsident]] 47", "[[Trump]] verwendet")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "auf [[Twitter]] blockieren", "von [[Twitter]] kommentiert")
d.A("buchwald", None, "Naomi Reice Buchwald", "person", "Naomi Reice Buchwald", "Naomi Buchwald")
d.A("knight", None, "Knight First Amendment Institute", "ngo", ("ALL", "Knight First Amendment Institute"), "[[Es]] vertritt")
d.A("columbia", None, "Columbia University", "academic", ("ALL", "Columbia University"))
d.A("king", None, "Stephen King", "person", "Stephen King")
d.A("teigen", None, "Chrissy Teigen", "person", "Chrissy Teigen")
d.A("buckwalter", None, "Rebecca Buckwalter", "person", "Rebecca Buckwalter", "[[Sie]] wurde von Trump", "als [[sie]] auf einen",
    "[[Buckwalters]] Antwort", "dass [[sie]] auf Trumps")
d.A("cap", None, "Center for American Progress", "ngo", "Center for American Progress")
d.A("rugov", "russian-government", "Russian government", "government", "Russland")
d.A("parker", None, "Barrington D. Parker", "person", "Barrington D. Parker", "Barrington Parker")
d.A("jaffer", None, "Jameel Jaffer", "person", "Jameel Jaffer", "sagte [[Jaffer]]")
d.A("wh", "white-house", "White House", "government", "vom [[Weißen Haus]]")
d.A("doj", "us-doj", "US Department of Justice", "ministry", "hatte das [[Justizministerium]] 2018", "US-Justizministerium",
    "teilte [[eine Sprecherin]] mit", "argumentierte das [[Justizministerium]]")
d.A("hall", None, "Peter Hall", "person", "Peter Hall")
d.A("gwbush", None, "George W. Bush", "person", "George W. Bush")
d.A("droney", None, "Christopher Droney", "person", "Christopher Droney")
d.A("obama", None, "Barack Obama", "person", "Barack Obama")
d.A("clinton", None, "Bill Clinton", "person", "Bill Clinton")
d.A("ca4", None, "United States Court of Appeals for the Fourth Circuit", "court", "Bundesberufungsgericht im vierten Bezirk")
d.A("keenan", None, "Barbara Milan Keenan", "person", "Barbara Milan Keenan", "[[Sie]] nannte")
d.A("scotus", "us-supreme-court", "Supreme Court of the United States", "court", "Oberste Gerichtshof der Vereinigten Staaten")

d.Q("Fake News", ("trump", "Darin hatte [[Trump]]"), "neutral")
d.Q("Um ehrlich zu sein, haben Sie das [Weiße Haus] nicht gewonnen. Russland hat es für Sie gewonnen.", ("buckwalter", "[[Buckwalters]] Antwort"), "neutral")
d.Q("Der Erste Zusatzartikel zur Verfassung erlaubt es einem Regierungsbeamten, der ein Social-Media-Konto für offizielle Zwecke benutzt, nicht, Personen von einem offenen Onlinedialog auszuschließen, weil sie Ansichten vertraten, mit denen der Beamte nicht einverstanden ist",
    ("parker", "Barrington D. Parker"), "neutral")
d.Q("Wenn der Erste Zusatzartikel irgendetwas bedeutet, dann, dass die beste Antwort auf missliebige Rede über Angelegenheiten von öffentlichem Interesse mehr Rede ist, nicht weniger.",
    ("parker", "Barrington D. Parker"), "neutral")
d.Q("Das Urteil wird sicherstellen, dass Menschen nicht einfach wegen ihrer Ansichten von diesen Foren ausgeschlossen werden und dass öffentliche Amtsträger diese digitalen Räume nicht in Echokammern verwandeln",
    ("jaffer", "sagte [[Jaffer]]"), "neutral")
d.Q("Es wird dazu beitragen, die Integrität und Vitalität digitaler Räume, die so wichtig sind für unsere Demokratie, sicherzustellen.",
    ("jaffer", "sagte [[Jaffer]]"), "neutral")
d.Q("grundlegend falsch", ("doj", "hatte das [[Justizministerium]] 2018"), "neutral")
d.Q("Präsident Trumps Entscheidung, Nutzer von seinem persönlichen Twitter-Account zu blockieren, verstößt nicht gegen den Ersten Zusatzartikel",
    ("doj", "teilte [[eine Sprecherin]] mit"), "neutral")

d.C("der amerikanische Präsident Donald Trump keinen Follower auf Twitter blockieren und damit vom Lesen und Kommentieren seiner Tweets abhalten darf",
    ("ca2", "Bundesberufungsgericht für den zweiten Bezirk"))
d.C("er die Wahl verloren hätte, wenn er sich auf diese Medien verlassen hätte", ("trump", "Darin hatte [[Trump]]"))
d.C("Social Media Accounts von Regierungsbeamten zu den wichtigsten Foren gehören, in denen die Regierungspolitik diskutiert wird", ("jaffer", "Jameel Jaffer"))
d.C("Trump den Account nutze, um seine persönliche Meinung zu verbieten, und nicht als Plattform zur öffentlichen Diskussion",
    ("doj", "hatte das [[Justizministerium]] 2018"))
d.C("das neuerliche Urteil als enttäuschend", ("doj", "US-Justizministerium"))
d.C("Trumps Account sei privat und lange vor seiner Amtseinführung eingerichtet worden", ("doj", "teilte [[eine Sprecherin]] mit"))
d.C("Wenn er Nutzer blockiere, würde er als Privatperson handeln", ("doj", "argumentierte das [[Justizministerium]]"))
d.C("die Vorsitzende einer Countykommission Kritiker nicht von der von ihr verwalteten Facebook-Seite ausschließen dürfe",
    ("ca4", "Bundesberufungsgericht im vierten Bezirk"))
d.C("der Oberste Gerichtshof der Vereinigten Staaten letztlich eine ganze Reihe von Fragen beantworten müsse, die mit der Nutzung sozialer Medien durch Regierungsangehörige zusammenhängen",
    ("keenan", "Barbara Milan Keenan"))

d.Dt("Mai 2018", "2018-05", "month")
d.Dt("6.\u00a0Juni 2017", "2017-06-06", "day")
d.Dt("Justizministerium [[2018]]", "2018", "year")
d.Dt("Januar", "2019-01", "month")
d.E("Mai 2018", "Das amerikanische Bundesberufungsgericht für den zweiten Bezirk in Manhattan hat entscheiden, dass der amerikanische Präsident Donald Trump keinen Follower auf Twitter blockieren und damit vom Lesen und Kommentieren seiner Tweets abhalten darf, und damit ein früheres Urteil der US-Bundesrichterin Naomi Reice Buchwald vom Mai 2018 bestätigt", ["buchwald"])
d.E("6.\u00a0Juni 2017", "Sie wurde von Trump geblockt, als sie auf einen Tweet Trumps vom 6.\u00a0Juni 2017 antwortete", ["trump", "buckwalter"])
d.E("Justizministerium [[2018]]", "In einer Reaktion auf das Urteil der ersten Instanz hatte das Justizministerium 2018 die Entscheidung als „grundlegend falsch“ bezeichnet, weil Trump den Account nutze, um seine persönliche Meinung zu verbieten, und nicht als Plattform zur öffentlichen Diskussion", ["doj"])
d.E("Januar", "In einem ähnlichen Fall hat das Bundesberufungsgericht im vierten Bezirk in Richmond, Virginia, im Januar entschieden, dass die Vorsitzende einer Countykommission Kritiker nicht von der von ihr verwalteten Facebook-Seite ausschließen dürfe", ["ca4"])

# ---------------- wikinews-de-61 (published 2005-09-21, Wednesday) ----------------
# "Rita" and "Katrina" (hurricane names in quotation marks) are not quotes.
d = D("wikinews-de-61", "de")
d.A("bush", None, "George W. Bush", "person", "George W. Bush", "sagte [[Bush]]", "so [[Bush]]")

d.Q("wir müssen auf das Schlimmste gefasst sein", ("bush", "so [[Bush]]"), "neutral")

d.C("zu flüchten", ("bush", "George W. Bush"))
d.C("Etwaige Zwangsevakuierungen müssten befolgt werden", ("bush", "sagte [[Bush]]"))
d.C("Die Hoffnung, dass \"Rita\" nicht zu einem hochgefährlichen Sturm heranwachse, bestehe zwar", ("bush", "so [[Bush]]"))
d.C("die Stadt zu verlassen", None)

d.Dt("Mittwoch", "2005-09-21", "day")
d.E("Mittwoch", "US-Präsident George W. Bush hat am Mittwoch in einer Rede an die Bewohner der durch Hurrikan \"Rita\" gefährdeten Gebiete appelliert, zu flüchten", ["bush"])

# ---------------- wikinews-de-106 (published 2019-09-21, Saturday) ----------------
d = D("wikinews-de-106", "de")
d.A("trump", "donald-trump", "Donald Trump", "person", "Donald Trump", "präsentierte [[Trump]]", "sagte [[Trump]]",
    "seit [[Trumps]] Amtsantritt", "Präsident [[Trump]] eine", "die [[Trump]] auf")
d.A("obrien", None, "Robert O′Brien", "person", "Robert O′Brien", ("ALL", "O′Brien", ["Robert [[O′Brien]]"]),
    "war [[er]] an den", "„[[Robert]] war", "arbeitete [[er]] sowohl", "teilt [[er]] die", "den [[er]] „den")
d.A("bolton", None, "John R. Bolton", "person", ("ALL", "John Bolton"), "[[Boltons]] Abschied", "Mit [[Bolton]] teilt",
    "auf [[Boltons]] Anraten")
d.A("dos", None, "United States Department of State", "ministry", ("ALL", "Außenministerium"))
d.A("asap", None, "ASAP Rocky", "person", "ASAP Rocky")
d.A("flynn", None, "Michael Flynn", "person", "Michael Flynn")
d.A("mcmaster", None, "H. R. McMaster", "person", "Henry R. McMaster")
d.A("senate", "us-senate", "United States Senate", "legislature", "Senat")
d.A("gwbush", None, "George W. Bush", "person", "George W. Bush")
d.A("unga", None, "United Nations General Assembly", "other", "Generalversammlung der Vereinten Nationen")
d.A("un", "united-nations", "United Nations", "other", ("ALL", "Vereinten Nationen"))
d.A("rice", None, "Condoleezza Rice", "person", "Condoleezza Rice")
d.A("hclinton", None, "Hillary Clinton", "person", "Hillary Clinton")
d.A("houthis", None, "Houthis", "other", "Huthi-Rebellen")
d.A("sagov", None, "Government of Saudi Arabia", "government", "Saudi-Arabien")
d.A("usgov", "us-government", "US government", "government", "die [[Vereinigten Staaten]] den Iran")
d.A("kim", None, "Kim Jong Un", "person", "Kim Jong-un")
d.A("taliban", None, "Taliban", "other", "Taliban")

d.Q("Robert war phantastisch", ("trump", "sagte [[Trump]]"), "neutral")
d.Q("Wir kennen einander gut.", ("trump", "sagte [[Trump]]"), "neutral")
d.Q("Privileg", ("obrien", "[[O′Brien]] nannte"), "neutral")
d.Q("Ich freue mich, mit dem Team zu arbeiten und mit dem Präsidenten zu arbeiten, um Amerika sicher zu halten und weiter am Wiederaufbau unseres Militärs zu arbeiten",
    ("obrien", "sagte [[O′Brien]]"), "neutral")
d.Q("den größten staatlichen Unterstützer des Terrorismus weltweit", ("obrien", "den [[er]] „den"), "neutral")

d.Dt("2005", "2005", "year")
d.Dt("14. September", "2019-09-14", "day")
d.E("2005", "Der ausgebildete Rechtsanwalt O′Brien wurde 2005 von George W. Bush als Vertreter der Vereinigten Staaten in der Generalversammlung der Vereinten Nationen ernannt", ["obrien", "gwbush"])

# ---------------- wikinews-de-55 (published 2005-07-01, Friday) ----------------
# The quotation from the 1983 ruling is attributed to the Bundesverfassungsgericht (its only name
# mention is earlier in the text); "Bundesverfassungsgerichtsurteil" is a compound, not a mention.
d = D("wikinews-de-55", "de")
d.A("bundestag", "bundestag", "Deutscher Bundestag", "legislature", "nachdem [[der Bundestag]] dem", "Bundestages",
    "in den [[Bundestag]] weiter", "vor dem [[Bundestag]] in der", "im [[Bundestag]] müssen")
d.A("schroeder", None, "Gerhard Schröder", "person", "Gerhard Schröder", "in dem [[er]] vorschlug", "[[der Bundeskanzler]] werde",
    "[[der Kanzler]] habe")
d.A("koehler", None, "Horst Köhler", "person", "[[Der Bundespräsident]] erklärte", "behalte [[er]] sich", "Horst Köhler",
    "Wenn [[der Bundespräsident]] den")
d.A("schneider", None, "Hans-Peter Schneider", "person", "Hans-Peter Schneider", "bewertete [[er]]")
d.A("spiegel", "der-spiegel", "Der Spiegel", "media", "SPIEGEL")
d.A("bverfg", "bverfg", "Bundesverfassungsgericht", "court", "vor dem [[Bundesverfassungsgericht]] scheitern")
d.A("muentefering", None, "Franz Müntefering", "person", "Franz Müntefering", "[[Müntefering]] hatte")
d.A("spdfr", None, "SPD-Bundestagsfraktion", "legislature", "der [[SPD-Fraktion]]")
d.A("merkel", None, "Angela Merkel", "person", "Angela Merkel")
d.A("isensee", None, "Josef Isensee", "person", "Josef Isensee")
d.A("kohl", None, "Helmut Kohl", "person", "Helmut Kohl")
d.A("cdu", None, "Christlich Demokratische Union Deutschlands", "other", "CDU")

d.Q("katastrophal", ("schneider", "bewertete [[er]]"), "neutral")
d.Q("Die politischen Kräfteverhältnisse im Bundestag müssen seine Handlungsfähigkeit so beeinträchtigen oder lähmen, dass er eine vom stetigen Vertrauen der Mehrheit getragene Politik nicht sinnvoll zu verfolgen vermag.",
    ("bverfg", "vor dem [[Bundesverfassungsgericht]] scheitern"), "neutral")

d.C("als Folge der Abstimmung über die Vertrauensfrage das Parlament vor Ablauf der Legislaturperiode aufzulösen und damit Neuwahlen einzuleiten",
    ("schroeder", "in dem [[er]] vorschlug"))
d.C("die zu prüfenden Fragen seien komplex, daher behalte er sich vor, für seine Entscheidung die in Art. 68 Abs. 1 Grundgesetz festgelegte Frist von 21 Tagen auszuschöpfen",
    ("koehler", "[[Der Bundespräsident]] erklärte"))
d.C("der Bundeskanzler werde mit dem Vorgehen bei der Vertrauensfrage vor dem Bundesverfassungsgericht scheitern", ("schneider", "Hans-Peter Schneider"))
d.C("der Kanzler habe das Vertrauen der SPD-Fraktion", ("muentefering", "[[Müntefering]] hatte"))
d.C("die Unionskanzlerkandidatin Angela Merkel bekäme bei einem konstruktiven Misstrauensvotum keine Mehrheit", ("muentefering", "[[Müntefering]] hatte"))
d.C("die Vertrauensfrage ausreichend und glaubwürdig begründet sei, so wie es die Verfassung verlangt", ("isensee", "Josef Isensee"))
d.C("Der einfache Wunsch aller Parteien nach einer Neuwahl des Parlaments allein reiche dafür nicht aus",
    ("bverfg", "vor dem [[Bundesverfassungsgericht]] scheitern"))

d.Dt("1983", "1983", "year")
d.Dt("18. September 2005", "2005-09-18", "day")
d.E("1983", "Die Entscheidung des Bundespräsidenten Horst Köhler wird sich bei seiner Prüfung, ob das Verfahren der Vertrauensfrage mit dem Grundgesetz zu vereinbaren ist, in dem durch das Bundesverfassungsgerichtsurteil von 1983 festgelegten Rahmen bewegen", ["bverfg"])

# ---------------- wikinews-de-27 (published 2006-03-18, Saturday) ----------------
# Protesters are unnamed: their quotes have a null speaker. The nested ‚…‘ inside Gibson's quote
# is his own rendering of what "die" (the university) say and is not a separate quote.
d = D("wikinews-de-27", "de")
d.A("rice", None, "Condoleezza Rice", "person", ("ALL", "Condoleezza Rice"), "Dr. [[Rice]] sagte auf", "[[sie]] habe Verständnis",
    "Kurz nachdem Dr. [[Rice]] am", "auf Dr. [[Rice]] gerichtet", "sagte Dr. [[Rice]]", "versuchte [[sie]]", "[[Rice]] entgegnete",
    "bekomme [[sie]] „", "verteidigte Dr. [[Rice]]", "Bevor [[Rice]] ihre", "Dr. [[Rice]] sei ein")
d.A("usgov", "us-government", "US government", "government", "durch die [[USA]] zu")
d.A("usyd", None, "University of Sydney", "academic", ("ALL", "Universität Sydney"), ("ALL", "Universität Sydneys"), "Uni Sydneys")
d.A("police", None, "New South Wales Police Force", "agency", "[[Die Polizei]] benutzte", "Eine Polizeisprecherin",
    "und [[die Polizei]] habe", "sei [[sie]] eingeschritten", "[[Die Polizei]] sagte")
d.A("stwc", None, "Stoppt das Kriegsbündnis", "ngo", "Stoppt das Kriegsbündnis")
d.A("samson", None, "Anna Samson", "person", "Anna Samson")
d.A("src", None, "Studentenrat der Universität Sydney", "other", "Studentenrat der Universität Sydneys")
d.A("gibson", None, "Paddy Gibson", "person", "Paddy Gibson", "“, sagte [[er]]", "Mr. [[Gibson]]")

d.Q("als „[[Kriegsverbrecher]]“ und", None, "neutral")
d.Q("und „[[Mörder]]“", None, "neutral")
d.Q("Condoleezza Rice, Sie sind eine Kriegsverbrecherin!", None, "neutral")
d.Q("Irakisches Blut klebt an Ihren Händen. Das können Sie nicht abwaschen.", None, "neutral")
d.Q("Von was für einer Freiheit reden Sie da? Sie sind ein Mörder!", None, "neutral")
d.Q("Ich freue mich zu sehen, dass die Demokratie hier an der Universität gesund und munter ist", ("rice", "sagte Dr. [[Rice]]"), "neutral")
d.Q("Bauchschmerzen", ("rice", "[[Rice]] entgegnete"), "neutral")
d.Q("Behinderung der Polizei bei ihrer Pflichterfüllung", ("police", "[[Die Polizei]] sagte"), "neutral")
d.Q("ein „[[Kriegsverbrecher]]“ und nicht", ("stwc", "Stoppt das Kriegsbündnis"), "neutral")
d.Q("die mächtigste Frau der Welt", ("gibson", "Paddy Gibson"), "neutral")
d.Q("Die sagen: ‚Sie haben die Unterstützung der Uni Sydneys, damit Sie sich hinstellen und Ihre mörderischen Hassreden abhalten können.‘ So sehen wir das zumindest",
    ("gibson", "“, sagte [[er]]"), "neutral")
d.Q("Sie haben 180.000 Menschen getötet, wie schon gesagt, aus keinem anderen Grund als für die strategische Kontrolle der Ölressourcen der Region. Und den antimuslimischen Rassismus, der aufgepeitscht wurde, um diesen Krieg zu rechtfertigen, spüren die Studenten der Universität Sydneys",
    ("gibson", "Mr. [[Gibson]]"), "neutral")

d.C("sie habe Verständnis dafür, wenn es Leuten schwer falle, eine positive Einstellung zum Irak zu haben, wenn sie im Fernsehen nichts als Gewalt sähen",
    ("rice", "Dr. [[Rice]] sagte auf"))
d.C("die Iraker als nun freier als zuvor", ("rice", "versuchte [[sie]]"))
d.C("von den Vergewaltigungen bekomme sie „Bauchschmerzen“", ("rice", "[[Rice]] entgegnete"))
d.C("man die dort Festgesetzten unter unmenschlichen Bedingungen halte", None)
d.C("die Festsetzung gegen internationale Gesetze verstoße", None)
d.C("die Gruppe habe den Zugang für Fußgänger in das Gebäude blockiert", ("police", "Eine Polizeisprecherin"))
d.C("die Polizei habe sie 20 Minuten lang gewarnt und zum Weggehen aufgefordert", ("police", "Eine Polizeisprecherin"))
d.C("Danach erst sei sie eingeschritten und habe die Menschenmenge 20 Meter zurückgedrängt", ("police", "Eine Polizeisprecherin"))
d.C("fünf Leute würden wegen „Behinderung der Polizei bei ihrer Pflichterfüllung“ belangt", ("police", "[[Die Polizei]] sagte"))
d.C("Dr. Rice sei ein „Kriegsverbrecher“ und nicht willkommen in Australien", ("stwc", "Stoppt das Kriegsbündnis"))
d.C("der Protest sei einer von vielen, die im Vorfeld des dritten Jahrestages der Invasion und Besatzung des Irak am 20. März geplant seien",
    ("samson", "Anna Samson"))
d.C("der Protest sei gegen den Krieg im Irak gerichtet", ("gibson", "Paddy Gibson"))
d.C("der Campus der Universität Sydneys nun benutzt würde, „die mächtigste Frau der Welt“ zu beköstigen, die ein Kriegsverbrecher sei",
    ("gibson", "Paddy Gibson"))

d.Dt("Donnerstag", "2006-03-16", "day")
d.Dt("20. März", "2006-03-20", "day")
d.Dt("16. März 2006", "2006-03-16", "day")
d.E("Donnerstag", "Anti-Kriegs-Demonstranten in Sydney, Australien, bezeichneten am Donnerstag die Außenministerin der USA, Condoleezza Rice, als „Kriegsverbrecher“ und „Mörder“", ["rice"])

# ---------------- wikinews-de-140 (spare, dev; published 2005-02-19, Saturday) ----------------
# The text dates the decision both "heute" and "am Donnerstag"; values follow the conventions
# (heute = publication day, Donnerstag = most recent Thursday). Quoted titles of the directive and
# of the Bundestag motion and the term „knowledge economy“ are not quotes. The claims of the open
# letter (handed over at the FFII press conference) are attributed to the FFII.
d = D("wikinews-de-140", "de", split="dev")
d.A("ep", "european-parliament", "European Parliament", "eu-institution", "zwischen [[EU-Parlament]] und", "Europaparlament")
d.A("council", "council-of-the-eu", "Council of the European Union", "eu-institution", "Wettbewerbsrat", "den [[Rat]] aufgefordert",
    "im [[Rat]] flach", "dem [[Rat]] mangelnde")
d.A("confpres", None, "Conference of Presidents of the European Parliament", "eu-institution", "Konferenz der Fraktionsvorsitzenden im Europaparlament")
d.A("bundestag", "bundestag", "Deutscher Bundestag", "legislature", "Bundestag")
d.A("ec", "european-commission", "European Commission", "eu-institution", "der [[Kommission]] warten")
d.A("mccreevy", None, "Charlie McCreevy", "person", "Charlie McCreevy")
d.A("ffii", None, "Foundation for a Free Information Infrastructure", "ngo", "FFII")
d.A("eu", "european-union", "European Union", "other", "der [[EU]] vorgeworfen")

d.C("einen neuen Richtlinienvorschlag zu unterbreiten", ("confpres", "Konferenz der Fraktionsvorsitzenden im Europaparlament"))
d.C("zu einer Bananenrepublik geworden zu sein", ("ffii", "FFII"))
d.C("dem Rat mangelnde Selbständigkeit in der Entscheidungsfindung", ("ffii", "FFII"))
d.C("in dem neu anlaufenden Verfahren die gleichen Fehler nicht noch einmal zu begehen", ("ffii", "FFII"))
d.C("Die Neuvorlage sei die Chance die „knowledge economy“ auf der Basis Parlamentarischer Demokratie in eine rechtssichere Zukunft zu führen", ("ffii", "FFII"))

d.Dt("heute", "2005-02-19", "day")
d.Dt("Freitag, dem 18 Februar", "2005-02-18", "day")
d.Dt("Donnerstag", "2005-02-17", "day")
d.E("heute", "Nach einem langen und undurchsichtigen Verfahren zwischen EU-Parlament und Wettbewerbsrat hat heute die Konferenz der Fraktionsvorsitzenden im Europaparlament den Rat aufgefordert einen neuen Richtlinienvorschlag zu unterbreiten", ["confpres", "council"])
d.E("Freitag, dem 18 Februar", "Am darauf folgenden Freitag, dem 18 Februar, hat auch der deutsche Bundestag den „interfraktionellen Antrag zur effektiven Begrenzung der Patentierung von Computerprogrammen“ verabschiedet", ["bundestag"])

# ---------------- wikinews-de-277 (spare, dev; published 2018-09-20, Thursday) ----------------
# „Fuel Dumping“ is a term; „technische Probleme“ (the reasons given in the reports, "genannt")
# is a quote with no identified speaker. "Die Regierung" is read as the Rhineland-Palatinate
# state government (the paragraph is about the Landtag).
d = D("wikinews-de-277", "de", split="dev")
d.A("lba", None, "Luftfahrt-Bundesamt", "agency", ("ALL", "Luftfahrtbundesamt"))
d.A("unesco", None, "UNESCO", "other", "UNESCO")
d.A("dfs", None, "Deutsche Flugsicherung", "agency", "Flugsicherung")
d.A("landtag", None, "Landtag Rheinland-Pfalz", "legislature", "Landtags", "Im [[Landtag]] war")
d.A("rlpgov", None, "Landesregierung Rheinland-Pfalz", "government", "Die Regierung")
d.A("cdufr", None, "CDU-Fraktion im Landtag Rheinland-Pfalz", "legislature", "CDU-Fraktion")
d.A("uba", None, "Umweltbundesamt", "agency", "Bundesumweltamt")

d.Q("technische Probleme", None, "neutral")

d.C("haben 13 Langstreckenflugzeuge und 3 Kampfflugzeuge 2018 hochgiftiges Kerosin im Luftraum über Deutschland abgelassen",
    ("lba", "Da [[Luftfahrtbundesamt]] hat"))
d.C("die Einrichtung eines Fonds, in welchen die Airlines nach dem Ablassen von Kerosin einzahlen müssen", ("cdufr", "CDU-Fraktion"))
d.C("eine neue Analyse im Oktober vorzulegen", ("uba", "Bundesumweltamt"))

d.Dt("2018", "2018", "year")
d.Dt("28. Juli", "2018-07-28", "day")
d.Dt("Mittwochnachmittag", "2018-09-19", "day")
d.Dt("Oktober", "2018-10", "month")
d.E("Mittwochnachmittag", "Diese wurden am Mittwochnachmittag in einer Plenarsitzung des Landtags übergeben", ["landtag"])
d.E("Oktober", "Das Bundesumweltamt kündigte an, eine neue Analyse im Oktober vorzulegen", ["uba"])
