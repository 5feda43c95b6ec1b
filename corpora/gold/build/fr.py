from helper import *

# ---------------- FR1 ----------------
d = D("chat-control-conseil", "fr", "« Chat Control » : Paris hésite, les défenseurs du chiffrement s'inquiètent", """
Le projet de règlement européen visant à lutter contre les abus sexuels sur mineurs en ligne, surnommé « Chat Control » par ses détracteurs, revient sur la table du Conseil de l'Union européenne. Les ambassadeurs des Vingt-Sept en ont discuté hier à Bruxelles, sans parvenir à un accord.

Selon la présidence polonaise du Conseil, une majorité d'États membres reste favorable à une détection limitée aux contenus déjà connus. La France, elle, n'a pas encore arrêté sa position. Le ministère de l'Intérieur a indiqué ne pas vouloir affaiblir le chiffrement, tout en défendant un accès ciblé aux communications des suspects.

« Il n'existe pas de porte dérobée réservée aux gentils. Dès qu'une faille existe, elle sera exploitée », a déclaré Hélène Marchand, professeure de cryptographie à l'université de Rennes. « Ce texte demande aux messageries de scanner nos conversations privées », a-t-elle ajouté, « avant même qu'elles ne soient chiffrées. »

La Quadrature du Net a dénoncé la semaine dernière un projet de surveillance de masse. L'association a expliqué que le recours à l'analyse « côté client » reviendrait à installer un mouchard dans chaque téléphone.

La Commission européenne défend au contraire son texte, présenté en mai 2022. La commissaire Ylva Johansson avait estimé à l'époque : « Nous ne pouvons pas laisser les prédateurs se cacher derrière la technologie. »

D'après Le Monde, plusieurs capitales, dont Berlin et Varsovie, s'opposeraient encore à toute obligation de détection dans les messageries chiffrées. Le compromis ne serait pas soumis au vote avant début avril, rapporte le quotidien.

Le Parlement européen avait adopté sa propre position fin 2023, en excluant explicitement les communications chiffrées de bout en bout.
""", "2025-03-14")
d.A("council", "council-of-the-eu", "Council of the European Union", "eu-institution",
    "Conseil de l'Union européenne", "Les ambassadeurs des Vingt-Sept")
d.A("pl-pres", None, "Polish Presidency of the Council of the EU", "government", "la présidence polonaise du Conseil")
d.actors["council"]["mentions"].append(d.loc("présidence polonaise du [[Conseil]]")); d.actors["council"]["mentions"].sort(key=lambda x: x["start"])
d.A("frgov", "french-government", "French Government", "government", "La France", "La France, [[elle]],")
d.A("frint", "french-interior-ministry", "French Ministry of the Interior", "ministry", "Le ministère de l'Intérieur")
d.A("marchand", None, "Hélène Marchand", "person", "Hélène Marchand", "a-t-[[elle]] ajouté")
d.A("rennes", None, "Université de Rennes", "academic", "université de Rennes")
d.A("lqdn", "la-quadrature-du-net", "La Quadrature du Net", "ngo", "La Quadrature du Net", "L'association")
d.A("ec", "european-commission", "European Commission", "eu-institution", "La Commission européenne")
d.A("johansson", "ylva-johansson", "Ylva Johansson", "person", "Ylva Johansson")
d.A("lemonde", "le-monde", "Le Monde", "media", "Le Monde", "le quotidien")
d.A("degov", "german-government", "German Government", "government", "Berlin")
d.A("plgov", None, "Polish Government", "government", "Varsovie")
d.A("ep", "european-parliament", "European Parliament", "eu-institution", "Le Parlement européen")

d.Q("Il n'existe pas de porte dérobée réservée aux gentils. Dès qu'une faille existe, elle sera exploitée",
    ("marchand", "Hélène Marchand"), "against")
d.Q("Ce texte demande aux messageries de scanner nos conversations privées", ("marchand", "a-t-[[elle]] ajouté"), "against")
d.Q("avant même qu'elles ne soient chiffrées.", ("marchand", "a-t-[[elle]] ajouté"), "against")
d.Q("Nous ne pouvons pas laisser les prédateurs se cacher derrière la technologie.", ("johansson", "Ylva Johansson"), "for")

d.C("une majorité d'États membres reste favorable à une détection limitée aux contenus déjà connus",
    ("pl-pres", "la présidence polonaise du Conseil"))
d.C("ne pas vouloir affaiblir le chiffrement, tout en défendant un accès ciblé aux communications des suspects",
    ("frint", "Le ministère de l'Intérieur"))
d.C("le recours à l'analyse « côté client » reviendrait à installer un mouchard dans chaque téléphone",
    ("lqdn", "L'association"))
d.C("plusieurs capitales, dont Berlin et Varsovie, s'opposeraient encore à toute obligation de détection dans les messageries chiffrées",
    ("lemonde", "Le Monde"))
d.C("Le compromis ne serait pas soumis au vote avant début avril", ("lemonde", "le quotidien"))

d.Dt("hier", "2025-03-13", "day")
d.Dt("la semaine dernière", "2025-03-07", "day", True)
d.Dt("mai 2022", "2022-05", "month")
d.Dt("début avril", "2025-04", "month", True)
d.Dt("fin 2023", "2023", "year", True)
d.E("hier", "Les ambassadeurs des Vingt-Sept en ont discuté hier à Bruxelles, sans parvenir à un accord", ["council"])
d.E("la semaine dernière", "La Quadrature du Net a dénoncé la semaine dernière un projet de surveillance de masse", ["lqdn"])
d.E("mai 2022", "La Commission européenne défend au contraire son texte, présenté en mai 2022", ["ec"])
d.E("fin 2023", "Le Parlement européen avait adopté sa propre position fin 2023, en excluant explicitement les communications chiffrées de bout en bout", ["ep"])

# ---------------- FR2 ----------------
d = D("signal-narcotrafic", "fr", "Signal menace de quitter la France si la loi sur le narcotrafic impose un accès aux messages", """
La présidente de la fondation Signal, Meredith Whittaker, a haussé le ton mardi. Dans un entretien accordé à un média spécialisé, elle a affirmé que l'application préférerait quitter le marché français plutôt que d'affaiblir son chiffrement de bout en bout.

En cause, un amendement à la proposition de loi contre le narcotrafic, adopté par le Sénat le 28 janvier 2025. Le texte obligerait les messageries à permettre aux enquêteurs d'accéder aux échanges de personnes visées par une enquête. Pour ses promoteurs, il ne s'agit pas d'une « backdoor » mais d'un simple « utilisateur fantôme » ajouté aux conversations.

« Un fantôme dans la conversation, c'est une porte dérobée avec un autre nom », a répondu Meredith Whittaker. Elle a ajouté : « Nous ne mettrons jamais en danger nos utilisateurs, en France ou ailleurs. Si nous devons partir, nous partirons. »

Le ministère de l'Intérieur défend la mesure. Selon la place Beauvau, les trafiquants utilisent massivement les messageries chiffrées pour coordonner leurs activités, et les services seraient aujourd'hui incapables de suivre ces échanges. Les demandes resteraient soumises à l'autorisation d'un juge.

Du côté des entreprises françaises, l'inquiétude grandit. Julien Ferrand, cofondateur de la start-up lyonnaise Chiffral, qui développe une messagerie pour les cabinets d'avocats, redoute un effet domino. « Nos clients nous ont choisis parce que personne, pas même nous, ne peut lire leurs messages. »

La CNIL avait déjà rappelé en 2023 que le chiffrement constituait un élément essentiel de la sécurité des données. L'autorité n'a pas souhaité commenter le nouvel amendement.

Les députés doivent examiner le texte en commission la semaine prochaine.
""", "2025-03-06", norm=nbsp)
d.A("signal", "signal", "Signal", "company", "fondation Signal", "[[l'application]] préférerait")
d.A("mw", "meredith-whittaker", "Meredith Whittaker", "person", ("ALL", "Meredith Whittaker"),
    "[[elle]] a affirmé", "[[Elle]] a ajouté")
d.A("senat", None, "Sénat (France)", "legislature", "le Sénat")
d.A("frint", "french-interior-ministry", "French Ministry of the Interior", "ministry",
    "Le ministère de l'Intérieur", "la place Beauvau")
d.A("ferrand", None, "Julien Ferrand", "person", "Julien Ferrand")
d.A("chiffral", None, "Chiffral", "company", "Chiffral")
d.A("cnil", "cnil", "CNIL", "agency", "La CNIL", "L'autorité")
d.A("an", None, "Assemblée nationale", "legislature", "Les députés")

d.Q("Un fantôme dans la conversation, c'est une porte dérobée avec un autre nom", ("mw", "a répondu [[Meredith Whittaker]]"), "against")
d.Q("Nous ne mettrons jamais en danger nos utilisateurs, en France ou ailleurs. Si nous devons partir, nous partirons.",
    ("mw", "[[Elle]] a ajouté"), "against")
d.Q("Nos clients nous ont choisis parce que personne, pas même nous, ne peut lire leurs messages.", ("ferrand", "Julien Ferrand"), "against")

d.C("il ne s'agit pas d'une « backdoor » mais d'un simple « utilisateur fantôme » ajouté aux conversations", None)
d.C("l'application préférerait quitter le marché français plutôt que d'affaiblir son chiffrement de bout en bout", ("mw", "[[elle]] a affirmé"))
d.C("les trafiquants utilisent massivement les messageries chiffrées pour coordonner leurs activités, et les services seraient aujourd'hui incapables de suivre ces échanges",
    ("frint", "la place Beauvau"))
d.C("Les demandes resteraient soumises à l'autorisation d'un juge", ("frint", "la place Beauvau"))
d.C("le chiffrement constituait un élément essentiel de la sécurité des données", ("cnil", "La CNIL"))

d.Dt("mardi", "2025-03-04", "day")
d.Dt("28 janvier 2025", "2025-01-28", "day")
d.Dt("2023", "2023", "year")
d.Dt("la semaine prochaine", "2025-03-13", "day", True)
d.E("mardi", "La présidente de la fondation Signal, Meredith Whittaker, a haussé le ton mardi", ["mw", "signal"])
d.E("28 janvier 2025", "En cause, un amendement à la proposition de loi contre le narcotrafic, adopté par le Sénat le 28 janvier 2025", ["senat"])
d.E("2023", "La CNIL avait déjà rappelé en 2023 que le chiffrement constituait un élément essentiel de la sécurité des données", ["cnil"])
d.E("la semaine prochaine", "Les députés doivent examiner le texte en commission la semaine prochaine", ["an"])

# ---------------- FR3 ----------------
d = D("anssi-note-chiffrement", "fr", "Chiffrement : l'ANSSI met en garde contre les accès exceptionnels", """
L'Agence nationale de la sécurité des systèmes d'information (ANSSI) a publié mardi une note sur le chiffrement des communications, cosignée par la CNIL. L'agence y estime que tout mécanisme d'« accès exceptionnel » créerait une vulnérabilité exploitable par des acteurs malveillants.

Le document, consulté par l'AFP, rappelle les recommandations publiées par l'ANSSI depuis 2016 en faveur des solutions chiffrées de bout en bout pour les échanges sensibles. « Nous ne savons pas construire une clé que seuls les policiers pourraient utiliser », a expliqué un porte-parole de l'agence.

Cette prise de position intervient alors que le gouvernement prépare un projet de loi sur la sécurité numérique. Selon l'AFP, Matignon souhaiterait inclure une disposition permettant aux enquêteurs de demander l'accès à des messages ciblés. Un conseiller aurait même évoqué cette piste avec les grands opérateurs.

À Nantes, l'association Données Libres 44, qui anime des ateliers d'hygiène numérique, a lancé en janvier 2025 une pétition contre toute forme d'affaiblissement du chiffrement. Sa présidente, Claire Dumoulin, a expliqué que plus de 4 000 personnes l'avaient signée en trois mois. « Les gens nous demandent comment protéger leurs enfants, pas comment exposer leurs messages », dit-elle.

Pour Antoine Leclerc, chercheur en sécurité informatique à l'Inria, le débat est mal posé. « On oppose la sécurité des citoyens à leur vie privée. En réalité, c'est la même chose. Affaiblir le chiffrement, c'est affaiblir tout le monde. »

Le ministère de l'Intérieur a indiqué jeudi dernier ne pas avoir été consulté sur la rédaction de la note.
""", "2025-04-10", norm=nnbsp_curly)
d.A("anssi", "anssi", "ANSSI", "agency", "L'Agence nationale de la sécurité des systèmes d'information", "([[ANSSI]])",
    "[[L'agence]] y estime", "par [[l'ANSSI]]", "un porte-parole de l'agence")
d.A("cnil", "cnil", "CNIL", "agency", "la CNIL")
d.A("afp", "afp", "AFP", "media", ("ALL", "l'AFP"))
d.A("frgov", "french-government", "French Government", "government", "le gouvernement", "Matignon")
d.A("dl44", None, "Données Libres 44", "ngo", "Données Libres 44")
d.A("dumoulin", None, "Claire Dumoulin", "person", "Claire Dumoulin", "dit-[[elle]]")
d.A("leclerc", None, "Antoine Leclerc", "person", "Antoine Leclerc")
d.A("inria", None, "Inria", "academic", "l'Inria")
d.A("frint", "french-interior-ministry", "French Ministry of the Interior", "ministry", "Le ministère de l'Intérieur")

d.Q("Nous ne savons pas construire une clé que seuls les policiers pourraient utiliser", ("anssi", "un porte-parole de l'agence"), "against")
d.Q("Les gens nous demandent comment protéger leurs enfants, pas comment exposer leurs messages", ("dumoulin", "dit-[[elle]]"), "against")
d.Q("On oppose la sécurité des citoyens à leur vie privée. En réalité, c'est la même chose. Affaiblir le chiffrement, c'est affaiblir tout le monde.",
    ("leclerc", "Antoine Leclerc"), "against")

d.C("tout mécanisme d'« accès exceptionnel » créerait une vulnérabilité exploitable par des acteurs malveillants", ("anssi", "[[L'agence]] y estime"))
d.C("Matignon souhaiterait inclure une disposition permettant aux enquêteurs de demander l'accès à des messages ciblés", ("afp", "Selon [[l'AFP]]"))
d.C("Un conseiller aurait même évoqué cette piste avec les grands opérateurs", ("afp", "Selon [[l'AFP]]"))
d.C("plus de 4 000 personnes l'avaient signée en trois mois", ("dumoulin", "Claire Dumoulin"))
d.C("le débat est mal posé", ("leclerc", "Antoine Leclerc"))
d.C("ne pas avoir été consulté sur la rédaction de la note", ("frint", "Le ministère de l'Intérieur"))

d.Dt("mardi", "2025-04-08", "day")
d.Dt("2016", "2016", "year")
d.Dt("janvier 2025", "2025-01", "month")
d.Dt("jeudi dernier", "2025-04-03", "day")
d.E("mardi", "L'Agence nationale de la sécurité des systèmes d'information (ANSSI) a publié mardi une note sur le chiffrement des communications, cosignée par la CNIL", ["anssi", "cnil"])
d.E("janvier 2025", "À Nantes, l'association Données Libres 44, qui anime des ateliers d'hygiène numérique, a lancé en janvier 2025 une pétition contre toute forme d'affaiblissement du chiffrement", ["dl44"])
d.E("jeudi dernier", "Le ministère de l'Intérieur a indiqué jeudi dernier ne pas avoir été consulté sur la rédaction de la note", ["frint"])
