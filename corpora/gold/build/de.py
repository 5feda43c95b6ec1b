from helper import *

# ---------------- DE1 ----------------
d = D("staatstrojaner-ccc", "de", "Staatstrojaner: CCC zieht erneut vor das Bundesverfassungsgericht", """
Der Einsatz sogenannter „Staatstrojaner“ beschäftigt erneut die Justiz. Der Chaos Computer Club (CCC) hat letzte Woche eine Verfassungsbeschwerde gegen die Ausweitung der Quellen-Telekommunikationsüberwachung eingereicht.

Laut CCC greifen die Behörden dabei gezielt auf Sicherheitslücken zurück, die sie den Herstellern nicht melden. Damit blieben Millionen Geräte angreifbar, sagte ein Sprecher des Vereins.

Das Bundesinnenministerium wies die Kritik zurück. Das Ministerium erklärte, die Quellen-TKÜ werde nur bei schweren Straftaten und nach richterlicher Anordnung eingesetzt. Zudem sei die Zahl der Fälle gering: Im Jahr 2023 habe das Bundeskriminalamt die Software in weniger als zwanzig Verfahren genutzt.

„Wir reden hier nicht über Massenüberwachung, sondern über einzelne Terrorverdächtige“, sagte eine Sprecherin des Ministeriums am Mittwoch in Berlin.

Wie der Spiegel berichtete, hatte das BKA bereits Ende 2022 eine neue Version der Überwachungssoftware beschafft. Diese solle auch verschlüsselte Chats auf Smartphones auslesen können.

Kritik kommt auch aus der Wissenschaft. Die Kieler Informatikprofessorin Sabine Krüger hält das Vorgehen für gefährlich. Sie erklärte, dass jede zurückgehaltene Schwachstelle auch von Kriminellen entdeckt werden könne. „Der Staat macht sich zum Komplizen der Angreifer“, so Krüger. „Das untergräbt das Vertrauen in die gesamte digitale Infrastruktur.“

Das Bundesverfassungsgericht hatte am 20. April 2016 Teile des BKA-Gesetzes für verfassungswidrig erklärt. Eine Entscheidung über die neue Beschwerde wird nicht vor 2026 erwartet.
""", "2025-01-16")
d.A("ccc", "chaos-computer-club", "Chaos Computer Club", "ngo", "Chaos Computer Club", "([[CCC]])", "Laut [[CCC]]", "ein Sprecher des Vereins")
d.A("bmi", "german-interior-ministry", "German Federal Ministry of the Interior", "ministry",
    "Das Bundesinnenministerium", "Das Ministerium", "eine Sprecherin des Ministeriums")
d.A("bka", "bka", "Bundeskriminalamt", "agency", "das Bundeskriminalamt", "das BKA")
d.A("spiegel", "der-spiegel", "Der Spiegel", "media", "der Spiegel")
d.A("krueger", None, "Sabine Krüger", "person", "Sabine Krüger", "[[Sie]] erklärte", "so [[Krüger]]")
d.A("bverfg", None, "Bundesverfassungsgericht", "court", "Das Bundesverfassungsgericht")

d.Q("Wir reden hier nicht über Massenüberwachung, sondern über einzelne Terrorverdächtige", ("bmi", "eine Sprecherin des Ministeriums"), "for")
d.Q("Der Staat macht sich zum Komplizen der Angreifer", ("krueger", "so [[Krüger]]"), "against")
d.Q("Das untergräbt das Vertrauen in die gesamte digitale Infrastruktur.", ("krueger", "so [[Krüger]]"), "against")

d.C("greifen die Behörden dabei gezielt auf Sicherheitslücken zurück, die sie den Herstellern nicht melden", ("ccc", "Laut [[CCC]]"))
d.C("Damit blieben Millionen Geräte angreifbar", ("ccc", "ein Sprecher des Vereins"))
d.C("die Quellen-TKÜ werde nur bei schweren Straftaten und nach richterlicher Anordnung eingesetzt", ("bmi", "Das Ministerium"))
d.C("Zudem sei die Zahl der Fälle gering: Im Jahr 2023 habe das Bundeskriminalamt die Software in weniger als zwanzig Verfahren genutzt", ("bmi", "Das Ministerium"))
d.C("hatte das BKA bereits Ende 2022 eine neue Version der Überwachungssoftware beschafft", ("spiegel", "der Spiegel"))
d.C("Diese solle auch verschlüsselte Chats auf Smartphones auslesen können", ("spiegel", "der Spiegel"))
d.C("jede zurückgehaltene Schwachstelle auch von Kriminellen entdeckt werden könne", ("krueger", "[[Sie]] erklärte"))

d.Dt("letzte Woche", "2025-01-09", "day", True)
d.Dt("2023", "2023", "year")
d.Dt("Mittwoch", "2025-01-15", "day")
d.Dt("Ende 2022", "2022", "year", True)
d.Dt("20. April 2016", "2016-04-20", "day")
d.Dt("2026", "2026", "year")
d.E("letzte Woche", "Der Chaos Computer Club (CCC) hat letzte Woche eine Verfassungsbeschwerde gegen die Ausweitung der Quellen-Telekommunikationsüberwachung eingereicht", ["ccc"])
d.E("2023", "Zudem sei die Zahl der Fälle gering: Im Jahr 2023 habe das Bundeskriminalamt die Software in weniger als zwanzig Verfahren genutzt", ["bka"])
d.E("Mittwoch", "„Wir reden hier nicht über Massenüberwachung, sondern über einzelne Terrorverdächtige“, sagte eine Sprecherin des Ministeriums am Mittwoch in Berlin", ["bmi"])
d.E("Ende 2022", "Wie der Spiegel berichtete, hatte das BKA bereits Ende 2022 eine neue Version der Überwachungssoftware beschafft", ["bka"])
d.E("20. April 2016", "Das Bundesverfassungsgericht hatte am 20. April 2016 Teile des BKA-Gesetzes für verfassungswidrig erklärt", ["bverfg"])

# ---------------- DE2 ----------------
d = D("chatkontrolle-faeser", "de", "Bundesregierung bleibt bei Nein zur Chatkontrolle", """
Die Bundesregierung will der umstrittenen EU-Verordnung zur sogenannten „Chatkontrolle“ in ihrer jetzigen Form nicht zustimmen. Das bestätigte Bundesinnenministerin Nancy Faeser am Dienstag nach einer Kabinettssitzung in Berlin.

„Wir wollen Kinder wirksam schützen“, sagte Faeser, „aber wir werden kein anlassloses Scannen privater Nachrichten mittragen.“ Verschlüsselte Kommunikation müsse geschützt bleiben, fügte sie hinzu.

Die ungarische Ratspräsidentschaft hatte Anfang September einen neuen Kompromissvorschlag vorgelegt. Demnach sollen Nutzer zustimmen müssen, bevor Bilder und Links vor der Verschlüsselung geprüft werden. Wer nicht zustimmt, könnte keine Bilder mehr versenden.

Kritiker halten das für Etikettenschwindel. Der Leipziger Verein Netzbürger e. V. erklärte, eine solche Zustimmung sei nicht freiwillig, wenn die Alternative der Verzicht auf zentrale Funktionen sei.

Auch aus der Forschung kommt Widerspruch. Jonas Brenner, Kryptograf an der TU Darmstadt, warnt vor hohen Fehlerquoten. Er sagte, bei Milliarden von Nachrichten führe selbst eine geringe Fehlerrate zu Tausenden falschen Verdächtigungen. Diese müssten dann von Ermittlern geprüft werden.

Die EU-Kommission verteidigt ihren Entwurf aus dem Jahr 2022. Ein Sprecher sagte, die Erkennungstechnologien seien zuverlässig und würden bereits heute von vielen Plattformen freiwillig eingesetzt.

Ob der Vorschlag im Rat eine Mehrheit findet, ist offen. Laut einem Bericht des Handelsblatts fehlen der Präsidentschaft derzeit noch mehrere Stimmen. Eine Abstimmung sei frühestens im Dezember möglich.
""", "2024-10-02")
d.A("degov", "german-government", "German Government", "government", "Die Bundesregierung")
d.A("faeser", "nancy-faeser", "Nancy Faeser", "person", "Nancy Faeser", "sagte [[Faeser]]", "fügte [[sie]] hinzu")
d.A("hupres", None, "Hungarian Presidency of the Council of the EU", "government", "Die ungarische Ratspräsidentschaft", "der Präsidentschaft")
d.A("netz", None, "Netzbürger e. V.", "ngo", "Netzbürger e. V.")
d.A("brenner", None, "Jonas Brenner", "person", "Jonas Brenner", "[[Er]] sagte")
d.A("tud", None, "TU Darmstadt", "academic", "TU Darmstadt")
d.A("ec", "european-commission", "European Commission", "eu-institution", "Die EU-Kommission", "Ein Sprecher")
d.A("council", "council-of-the-eu", "Council of the European Union", "eu-institution", "im [[Rat]]")
d.A("hb", None, "Handelsblatt", "media", "Handelsblatts")

d.Q("Wir wollen Kinder wirksam schützen", ("faeser", "sagte [[Faeser]]"), "neutral")
d.Q("aber wir werden kein anlassloses Scannen privater Nachrichten mittragen.", ("faeser", "sagte [[Faeser]]"), "against")

d.C("Verschlüsselte Kommunikation müsse geschützt bleiben", ("faeser", "fügte [[sie]] hinzu"))
d.C("eine solche Zustimmung sei nicht freiwillig, wenn die Alternative der Verzicht auf zentrale Funktionen sei", ("netz", "Netzbürger e. V."))
d.C("bei Milliarden von Nachrichten führe selbst eine geringe Fehlerrate zu Tausenden falschen Verdächtigungen", ("brenner", "[[Er]] sagte"))
d.C("Diese müssten dann von Ermittlern geprüft werden", ("brenner", "[[Er]] sagte"))
d.C("die Erkennungstechnologien seien zuverlässig und würden bereits heute von vielen Plattformen freiwillig eingesetzt", ("ec", "Ein Sprecher"))
d.C("fehlen der Präsidentschaft derzeit noch mehrere Stimmen", ("hb", "Handelsblatts"))
d.C("Eine Abstimmung sei frühestens im Dezember möglich", ("hb", "Handelsblatts"))

d.Dt("Dienstag", "2024-10-01", "day")
d.Dt("Anfang September", "2024-09", "month", True)
d.Dt("2022", "2022", "year")
d.Dt("Dezember", "2024-12", "month")
d.E("Dienstag", "Das bestätigte Bundesinnenministerin Nancy Faeser am Dienstag nach einer Kabinettssitzung in Berlin", ["faeser"])
d.E("Anfang September", "Die ungarische Ratspräsidentschaft hatte Anfang September einen neuen Kompromissvorschlag vorgelegt", ["hupres"])

# ---------------- DE3 ----------------
d = D("bsi-messenger", "de", "BSI rät Behörden zu Ende-zu-Ende-verschlüsselten Messengern", """
Das Bundesamt für Sicherheit in der Informationstechnik (BSI) hat am Mittwoch neue Empfehlungen für die Kommunikation in Behörden veröffentlicht. Darin rät die Behörde, für dienstliche Chats ausschließlich Messenger mit Ende-zu-Ende-Verschlüsselung zu nutzen.

Die BSI-Präsidentin sagte bei der Vorstellung in Bonn: „Verschlüsselung ist kein Hindernis für Sicherheit, sie ist ihre Voraussetzung.“

Laut BSI nutzen noch immer zahlreiche Kommunen unverschlüsselte Dienste oder private Messenger auf Dienstgeräten. Eine Umfrage des Amtes unter 400 Verwaltungen habe ergeben, dass nur ein Drittel klare Regeln für Messenger habe.

WhatsApp begrüßte die Empfehlungen. „Wir verschlüsseln seit 2016 jede Nachricht standardmäßig“, erklärte das Unternehmen. Ein Sprecher des Mutterkonzerns Meta sagte, man werde auch künftig keine „Hintertüren“ einbauen.

Auch Signal meldete sich zu Wort. Präsidentin Meredith Whittaker schrieb auf der Plattform Mastodon, Deutschland zeige, dass Sicherheit und Verschlüsselung zusammengehörten.

Kritischer sieht die Empfehlung Lena Hofmann, Geschäftsführerin der Berliner Firma Krypta GmbH, die einen Messenger für Arztpraxen entwickelt. „Es hilft wenig, wenn der Bund Verschlüsselung empfiehlt und gleichzeitig in Brüssel für die Chatkontrolle verhandelt“, sagte sie.

Wie die „Frankfurter Allgemeine Zeitung“ berichtete, prüft das Bundesinnenministerium derweil, ob Sicherheitsbehörden künftig Zugriff auf gespeicherte Chatverläufe erhalten sollen. Ein Sprecher des Ministeriums wollte sich dazu am Donnerstag nicht äußern.
""", "2025-05-08")
d.A("bsi", "bsi", "Bundesamt für Sicherheit in der Informationstechnik", "agency",
    "Das Bundesamt für Sicherheit in der Informationstechnik", "([[BSI]])", "die Behörde", "Die BSI-Präsidentin", "Laut [[BSI]]")
d.A("wa", "whatsapp", "WhatsApp", "company", "WhatsApp", "das Unternehmen")
d.A("meta", "meta", "Meta", "company", "Ein Sprecher des Mutterkonzerns Meta")
d.A("signal", "signal", "Signal", "company", "Signal")
d.A("mw", "meredith-whittaker", "Meredith Whittaker", "person", "Meredith Whittaker")
d.A("degov", "german-government", "German Government", "government", "[[Deutschland]] zeige", "der Bund")
d.A("hofmann", None, "Lena Hofmann", "person", "Lena Hofmann", "sagte [[sie]]")
d.A("krypta", None, "Krypta GmbH", "company", "Krypta GmbH")
d.A("faz", None, "Frankfurter Allgemeine Zeitung", "media", "Frankfurter Allgemeine Zeitung")
d.A("bmi", "german-interior-ministry", "German Federal Ministry of the Interior", "ministry",
    "das Bundesinnenministerium", "Ein Sprecher des Ministeriums")

d.Q("Verschlüsselung ist kein Hindernis für Sicherheit, sie ist ihre Voraussetzung.", ("bsi", "Die BSI-Präsidentin"), "against")
d.Q("Wir verschlüsseln seit 2016 jede Nachricht standardmäßig", ("wa", "das Unternehmen"), "against")
d.Q("Es hilft wenig, wenn der Bund Verschlüsselung empfiehlt und gleichzeitig in Brüssel für die Chatkontrolle verhandelt", ("hofmann", "sagte [[sie]]"), "against")

d.C("nutzen noch immer zahlreiche Kommunen unverschlüsselte Dienste oder private Messenger auf Dienstgeräten", ("bsi", "Laut [[BSI]]"))
d.C("Eine Umfrage des Amtes unter 400 Verwaltungen habe ergeben, dass nur ein Drittel klare Regeln für Messenger habe", ("bsi", "Laut [[BSI]]"))
d.C("man werde auch künftig keine „Hintertüren“ einbauen", ("meta", "Ein Sprecher des Mutterkonzerns Meta"))
d.C("Deutschland zeige, dass Sicherheit und Verschlüsselung zusammengehörten", ("mw", "Meredith Whittaker"))
d.C("prüft das Bundesinnenministerium derweil, ob Sicherheitsbehörden künftig Zugriff auf gespeicherte Chatverläufe erhalten sollen",
    ("faz", "Frankfurter Allgemeine Zeitung"))

d.Dt("Mittwoch", "2025-05-07", "day")
d.Dt("2016", "2016", "year")
d.Dt("Donnerstag", "2025-05-08", "day")
d.E("Mittwoch", "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) hat am Mittwoch neue Empfehlungen für die Kommunikation in Behörden veröffentlicht", ["bsi"])
d.E("Donnerstag", "Ein Sprecher des Ministeriums wollte sich dazu am Donnerstag nicht äußern", ["bmi"])
