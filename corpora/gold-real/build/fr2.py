from helper import *

# French Wikinews, batch b (selection-b.json, all dev). Conventions as in fr.py;
# registry ids where the actor registry (corpora/actors) holds the actor, else None.
# None of the five documents was skipped: each has a direct quote or a reported claim.


def S(d, first, last):
    """The span of d.text that starts with `first` and ends with `last` (both unique
    from where they start): used to pass long sentences without retyping them."""
    i = d.text.index(first)
    assert d.text.count(first) == 1, (d.slug, first)
    j = d.text.index(last, i) + len(last)
    return d.text[i:j]


# ---------------- wikinews-fr-45621 (dev) ----------------
d = D("wikinews-fr-45621", "fr")
d.A("meteofrance", None, "Météo-France", "agency", ("ALL", "Météo France"))

# « orages et fortes précipitations », « vent », « vagues submersion »: the names of the
# vigilance categories (terms), not quotes. The forecast sentences of the third paragraph
# ("devrait connaître", "pourraient s'élever") are forecasts, not reported claims.
d.Q("pourront atteindre 120 km/h sur les caps exposés et les îles, et jusqu'à 130 km/h sur les îles d'Hyères",
    ("meteofrance", "averti [[Météo France]]"), "neutral")

d.C("Dans le Var, les rafales « pourront atteindre 120 km/h sur les caps exposés et les îles, et jusqu'à 130 km/h sur les îles d'Hyères »",
    ("meteofrance", "averti [[Météo France]]"))

d.Dt("31 octobre 2012", "2012-10-31", "day")
d.Dt("cet après-midi", "2012-10-31", "day")
d.Dt("Dimanche", "2012-10-28", "day")
# "ces derniers jours": a vague span, not listed. The Sunday sentence names no actor: no event.
d.E("cet après-midi", "Météo France place cet après-midi la Corse et le Var en vigilance orange pour « orages et fortes précipitations » pour la Corse et pour « vent » dans le Var",
    ["meteofrance"])

# ---------------- wikinews-fr-44672 (dev) ----------------
d = D("wikinews-fr-44672", "fr")
d.A("figaro", "le-figaro", "Le Figaro", "media", "Le Figaro", "indique [[le quotidien]]")
d.A("france2", None, "France 2", "media", "France 2")
d.A("jacquier", None, "Gilles Jacquier", "person", ("ALL", "Gilles Jacquier"), "où se trouvait » [[le grand reporter]]",
    "que [[Jacquier]] a été tué", "que [[le journaliste français]] a été tué")
d.A("defense", None, "Ministère de la Défense (France)", "ministry", "ministère de la Défense", "et de la [[Défense]] n'ont")
d.A("dcri", None, "Direction centrale du renseignement intérieur", "agency", "DCRI")
d.A("dgse", "dgse", "Direction générale de la sécurité extérieure", "agency", "DGSE")
d.A("embassy", None, "Ambassade de France en Syrie", "government", "ambassade de France à Damas")
d.A("arableague", "arab-league", "Arab League", "other", ("ALL", "Ligue arabe"))
d.A("mission", None, "Mission d'observation de la Ligue arabe en Syrie", "other", "Mission de la Ligue arabe")
d.A("mae", None, "Ministère des Affaires étrangères (France)", "ministry", "ministères des Affaires étrangères")

d.Q("un tir d'obus lancé par les rebelles de Homs, qui visaient un quartier alaouite pro-régime où se trouvait",
    ("figaro", "Le Figaro"), "neutral")
# The newspaper's own words for its source, governed by "en évoquant": a partial quote.
d.Q("source proche du dossier au ministère de la Défense à Paris", ("figaro", "Le Figaro"), "neutral")
d.Q(S(d, "Les analyses balistiques", "d'un quartier sunnite rebelle"), ("figaro", "indique [[le quotidien]]"), "neutral")
d.Q(S(d, "Des analyses montrent", "sont d'accord sur cette conclusion"), ("figaro", "indique [[le quotidien]]"), "neutral")
# The Arab League report speaks for the League (a report resolves to its organisation).
d.Q(S(d, "Il faudrait noter que", "tirs de mortier par l’opposition"), ("arableague", "Un rapport de la [[Ligue arabe]]"), "neutral")

d.C(S(d, "le journaliste de France 2 Gilles Jacquier aurait été tué", "» le grand reporter"), ("figaro", "Le Figaro"))
# A continuation sentence in the reportative conditional ("serait donc"): the newspaper's claim.
d.C("Gilles Jacquier serait donc victime de tirs des forces anti-régime, une hypothèse qui avait déjà été évoquée",
    ("figaro", "indique [[le quotidien]]"))

d.Dt("18 juillet 2012", "2012-07-18", "day")
d.Dt("mardi soir", "2012-07-17", "day")
d.Dt("11 janvier dernier", "2012-01-11", "day")
d.E("mardi soir", S(d, "Le quotidien français Le Figaro annonce", "au ministère de la Défense à Paris »"), ["figaro"])
d.E("11 janvier dernier", S(d, "Le quotidien français Le Figaro annonce", "au ministère de la Défense à Paris »"), ["jacquier"])

# ---------------- wikinews-fr-44527 (dev) ----------------
d = D("wikinews-fr-44527", "fr")
# The unnamed documentary is an actor of its own, as the Envoyé spécial report in fr.py
# (wikinews-fr-45764); Al Jazeera, which broadcast it, is another.
d.A("doc", None, "Al Jazeera documentary on the death of Yasser Arafat", "media", "[[Un reportage]] diffusé",
    "Le documentaire d'Al Jazeera", "ajoute [[le documentaire]]", "selon [[lui]]", "Bien qu'[[il]] ne porte",
    "[[le reportage]] a été suffisant")
d.A("aljazeera", None, "Al Jazeera", "media", ("ALL", "Al Jazeera"))
d.A("pa", None, "Palestinian Authority", "government", ("ALL", "Autorité palestinienne"), "[[le négociateur palestinien]] a appelé")
d.A("arafat", None, "Yasser Arafat", "person", ("ALL", "Yasser Arafat"))
d.A("litvinenko", None, "Alexandre Litvinenko", "person", "Alexandre Litvinenko")
d.A("souha", None, "Souha Arafat", "person", "Souha Arafat")
d.A("hariri", None, "Rafic Hariri", "person", "Rafic Hariri")

d.Q("La conclusion, c'est que nous avons trouvé [un niveau] significatif de polonium dans ces échantillons",
    ("doc", "Le documentaire d'Al Jazeera"), "neutral")
d.Q("Les niveaux étaient substantiels [...], ce qui montre qu'il y a une quantité anormale, pas normale, de polonium",
    ("doc", "ajoute [[le documentaire]]"), "neutral")
d.Q("des gens qui s'intéressent ou construisent des armes nucléaires", ("doc", "ajoute [[le documentaire]]"), "neutral")
d.Q(S(d, "Je veux demander à ce que", "la preuve d'une présence de polonium disparaît"), ("souha", "Souha Arafat"), "neutral")
# The unnamed Palestinian negotiator speaks for the Palestinian side ("Nous appelons"):
# resolved to the Palestinian Authority, as spokespeople are.
d.Q(S(d, "Nous appelons à la formation", "Rafic Hariri"), ("pa", "[[le négociateur palestinien]] a appelé"), "neutral")

# "Selon des conclusions d'analyses ... dans un laboratoire en Suisse": an unnamed source.
d.C(S(d, "Yasser Arafat aurait été empoisonné au polonium", "en 2006, à Londres"), None)
d.C("le polonium est, selon lui, une substance accessible que par « des gens qui s'intéressent ou construisent des armes nucléaires »",
    ("doc", "ajoute [[le documentaire]]"))
# "demander l'exhumation", "a appelé à la formation d'une commission": noun-phrase objects, not claims.

d.Dt("4 juillet 2012", "2012-07-04", "day")
d.Dt("mardi 3 juillet", "2012-07-03", "day")
d.Dt("11 novembre 2004", "2004-11-11", "day")
d.Dt("2006", "2006", "year")
d.E("mardi 3 juillet", S(d, "Un reportage diffusé mardi 3 juillet", "dans des circonstances troubles"), ["doc", "aljazeera"])
d.E("11 novembre 2004", S(d, "Un reportage diffusé mardi 3 juillet", "dans des circonstances troubles"), ["arafat"])
d.E("2006", S(d, "Selon des conclusions d'analyses", "en 2006, à Londres"), ["litvinenko"])

# ---------------- wikinews-fr-44374 (dev) ----------------
d = D("wikinews-fr-44374", "fr")
# The federal prosecutor ("le procureur fédéral") is resolved to his office.
d.A("parquet", None, "Parquet fédéral (Belgique)", "agency", "Le Parquet fédéral", "Pour [[le procureur fédéral]]")
d.A("febelfin", None, "Febelfin", "other", "Selon [[la fédération des banques]]", ("ALL", "Febelfin"),
    "[[La fédération]] en appelle", "a répondu [[la porte-parole de la fédération]]", "La Fédération belge du secteur financier",
    "Pour terminer, [[la porte-parole de la fédération]]")
d.A("belfius", None, "Belfius", "company", "Belfius")
d.A("ing", None, "ING", "company", "ING")
d.A("kbc", None, "KBC", "company", "KBC")
d.A("bnp", None, "BNP Paribas Fortis", "company", "BNP Paribas Fortis")
d.A("axa", None, "AXA", "company", "AXA")
d.A("rtbf", None, "RTBF", "media", ("ALL", "RTBF"))
d.A("police", None, "Police fédérale (Belgique)", "agency", "La police fédérale")

# « mules » and « réelle » are scare quotes. "selon X, « whole quote »": a quote, no claim (fr.py).
d.Q("le montant est plutôt de 700 000 euros", ("febelfin", "[[Febelfin]], « le montant"), "neutral")
d.Q("Non, il ne faut pas être inquiet", ("febelfin", "a répondu [[la porte-parole de la fédération]]"), "neutral")
d.Q("La banque par internet demeure un moyen de paiement très sécurisé",
    ("febelfin", "a répondu [[la porte-parole de la fédération]]"), "neutral")
d.Q("La sécurité c’est l’affaire de tous, c’est une collaboration entre la banque et le client",
    ("febelfin", "précisé [[Febelfin]]"), "neutral")
d.Q("C’est la responsabilité de la banque, mais aussi de l’utilisateur. Il est essentiel d’avoir un PC protégé, un anti-virus à jour et un anti-malware",
    ("febelfin", "précisé [[Febelfin]]"), "neutral")
d.Q("sécuriser un maximum les transactions électroniques", ("febelfin", "La Fédération belge du secteur financier"), "neutral")
d.Q(S(d, "On a constaté, depuis le début", "un montant proche de 700 000 euros"),
    ("febelfin", "Pour terminer, [[la porte-parole de la fédération]]"), "neutral")

d.C("des hackers ont volé près de 3 millions d'euros par le truchement de banques électroniques",
    ("parquet", "Le Parquet fédéral"))
d.C("plus de 3 millions d’euros auraient été volés dans les cinq grandes banques belges que sont Belfius, ING, KBC, BNP Paribas Fortis et AXA",
    ("parquet", "Pour [[le procureur fédéral]]"))
d.C("les banques électroniques restent un moyen de paiement sûr", ("febelfin", "[[Febelfin]] a rappelé"))
# Reportative conditional; "chiffres relativisés par Febelfin" marks the figures as the
# prosecutor's (see "Pour le procureur fédéral, plus de 3 millions d'euros auraient été volés").
d.C("En tout, ils auraient piraté plus de 13 000 comptes bancaires pour plus de 3 millions d'euros, chiffres relativisés par Febelfin",
    ("parquet", "Pour [[le procureur fédéral]]"))
# "en appelle à la responsabilité", "a mis l'accent sur les mesures", "a nuancé les chiffres",
# "recommande ... l'installation": noun-phrase objects, not claims.

d.Dt("26 juin 2012", "2012-06-26", "day")
d.Dt("début de l’année", "2012", "year", True)
# "ces derniers jours": a vague span, not listed. The quoted sentence with "début de l'année"
# names no actor: no event.

# ---------------- wikinews-fr-44581 (dev) ----------------
d = D("wikinews-fr-44581", "fr")
d.A("jmlp", None, "Jean-Marie Le Pen", "person", ("ALL", "Jean-Marie Le Pen"), "petite-bourgeoise », explique-t-[[il]]",
    "[[Il]] renchérit", "indique-t-[[il]]", "Pour [[lui]]", "prévient-[[il]]", "qu'[[il]] voulait", "tente-t-[[il]]",
    "quand même », explique-t-[[il]]", "conclut-[[il]]")
d.A("mlp", None, "Marine Le Pen", "person", ("ALL", "Marine Le Pen"), "[[Marine]] est née")
d.A("times", "the-times", "The Times", "media", "Times")
d.A("fn", "rassemblement-national", "National Rally", "other", "Front national")
d.A("melenchon", None, "Jean-Luc Mélenchon", "person", "Jean-Luc Mélenchon")
d.A("fdg", None, "Front de gauche", "other", "Front de gauche")
d.A("morano", None, "Nadine Morano", "person", "Nadine Morano")
d.A("ump", "les-republicains", "The Republicans (France)", "other", ("ALL", "UMP"))
d.A("jacob", None, "Christian Jacob", "person", "Christian Jacob")
d.A("an", "assemblee-nationale", "Assemblée nationale", "legislature", "Assemblée nationale")
# "des Dassault ou des Fabius" (families named as examples of the upper bourgeoisie) and
# "l'élite parisienne" (an unnamed group) are not annotated as actors.

# « dédiabolisation » is a scare quote. The epithets the speakers used ("décrit ... comme",
# "avait appelé") are their words: quotes. « petite bourgeoise » in the update is the
# term he disowns, not his words there: not a quote; « petite fille bourgeoise » is.
d.Q("comme « [[petite-bourgeoise]] »", ("jmlp", "frontiste [[Jean-Marie Le Pen]]"), "neutral")
d.Q(S(d, "Je suis un homme du peuple.", "est une petite-bourgeoise"), ("jmlp", "petite-bourgeoise », explique-t-[[il]]"), "neutral")
d.Q("est une femme", ("jmlp", "[[Il]] renchérit"), "neutral")
d.Q(S(d, "Mon image de diable", "a été créée artificiellement"), ("jmlp", "indique-t-[[il]]"), "neutral")
d.Q("grossier", ("jmlp", "Pour [[lui]]"), "neutral")
d.Q("inquiétant", ("jmlp", "Pour [[lui]]"), "neutral")
d.Q("la bourgeoise du château de Montretout", ("melenchon", "Jean-Luc Mélenchon"), "neutral")
d.Q("châtelaine de Montretout", ("morano", "Nadine Morano"), "neutral")
d.Q("C'est la grande bourgeoisie qui s'exprime quand je vous vois", ("jacob", "Christian Jacob"), "neutral")
d.Q("Vous êtes une héritière, qui vivez dans votre château de Saint-Cloud", ("jacob", "Christian Jacob"), "neutral")
d.Q("Le maître sera l'islam. Si les islamistes deviennent majoritaires en France, ce sera la charia",
    ("jmlp", "prévient-[[il]]"), "neutral")
d.Q("de « [[petite fille bourgeoise]] », et non", ("jmlp", "[[Jean-Marie Le Pen]] affirme"), "neutral")
d.Q("Le texte exact, c'est 'a little bourgeoise girl' ... c'est une petite fille bourgeoise", ("jmlp", "tente-t-[[il]]"), "neutral")
d.Q(S(d, "J'évoquais nos différences", "mais bourgeoisie quand même"), ("jmlp", "quand même », explique-t-[[il]]"), "neutral")
d.Q("Et je ne vois pas d'ailleurs ce que le terme a d'outrageant, d'insultant, ou d'équivoque", ("jmlp", "conclut-[[il]]"), "neutral")

d.C("le succès de la « dédiabolisation » du Front national est du fait que Marine Le Pen « est une femme »",
    ("jmlp", "[[Il]] renchérit"))
d.C("l'élite parisienne le caractérise d'être « grossier » et « inquiétant », alors qu'elle accepte sa fille du fait de sa bonne éducation",
    ("jmlp", "Pour [[lui]]"))
d.C("il voulait qualifier sa fille de « petite fille bourgeoise », et non de « petite bourgeoise »",
    ("jmlp", "[[Jean-Marie Le Pen]] affirme"))
# "décrit sa fille ... comme « ... »", "avait appelé Marine Le Pen « ... »": no clause, not claims.

d.Dt("6 juillet 2012", "2012-07-06", "day")
# "16:50 (UTC)": a time of day, not a date. No other date: no event.
