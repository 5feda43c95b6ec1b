from helper import *


def S(d, first, last):
    """The span of d.text that starts with `first` and ends with `last` (both unique
    from where they start): used to pass long sentences to d.E without retyping them."""
    i = d.text.index(first)
    assert d.text.count(first) == 1, (d.slug, first)
    j = d.text.index(last, i) + len(last)
    return d.text[i:j]


# ---------------- wikinews-fr-44269 (dev) ----------------
d = D("wikinews-fr-44269", "fr")
d.A("samaras", None, "Antonis Samaras", "person", "Antonis Samaras", "M. [[Samaras]]")
d.A("nd", None, "Nouvelle Démocratie", "other", ("ALL", "Nouvelle Démocratie"), "([[ND]])")
d.A("pasok", None, "PASOK", "other", "Parti socialiste", ("ALL", "PASOK"))
d.A("dimar", None, "Gauche démocratique", "other", "Gauche démocratique")
d.A("rapanos", None, "Vassilis Rapanos", "person", "Vassilis Rapanos")
d.A("staikouras", None, "Christos Staïkouras", "person", "Christos Staïkouras")
d.A("avramopoulos", None, "Dimitris Avramopoulos", "person", "Dimitris Avramopoulos")
d.A("panayiotopoulos", None, "Panos Panayiotopoulos", "person", "Panos Panayiotopoulos")
d.A("mousouroulis", None, "Kostas Mousouroulis", "person", "Kostas Mousouroulis")
d.A("manitakis", None, "Antonis Manitakis", "person", "Antonis Manitakis")
d.A("roupakiotis", None, "Antonis Roupakiotis", "person", "Antonis Roupakiotis")
d.A("grgov", None, "Greek government", "government", "Le nouveau gouvernement", "[[Il]] a cependant déclaré",
    "que doit engager [[la Grèce]]", "accord entre [[la Grèce]]", "détermination de [[la Grèce]]",
    "le [[gouvernement Papadimos]]")
d.A("papadimos", None, "Lucas Papadimos", "person", "Papadimos")
d.A("ecb", None, "European Central Bank", "eu-institution", "Banque centrale européenne")
d.A("ec", "european-commission", "European Commission", "eu-institution", "Commission européenne",
    "commission européenne", "Bruxelles")
d.A("imf", None, "International Monetary Fund", "other", "Fond monétaire international")
d.A("syriza", None, "SYRIZA", "other", "Coalition de la gauche radicale", "SYRIZA")
d.A("barroso", None, "José Manuel Barroso", "person", "Barroso")

d.Q("cette révision ne doit pas mettre en danger la voie européenne du pays ou son maintien dans l'euro",
    ("grgov", "[[Il]] a cependant déclaré"), "neutral")
d.Q("« [[détermination]] »", ("ec", "Bruxelles"), "neutral")
d.Q("respecter leurs engagements", ("ec", "Bruxelles"), "neutral")
d.Q("« [[rester dans la zone euro]] »", ("ec", "Bruxelles"), "neutral")
d.Q("particulièrement rassuré", ("barroso", "Barroso"), "neutral")
d.Q("cela envoie un signal clair de la détermination de la Grèce d'honorer ses engagements et de rester dans l'euro",
    ("barroso", "Barroso"), "neutral")

d.Dt("21 juin 2012", "2012-06-21", "day")
d.Dt("dimanche 17 juin", "2012-06-17", "day")
d.E("dimanche 17 juin", S(d, "À la suite des élections", "soutenu par le Parti socialiste (PASOK) et la Gauche démocratique"),
    ["samaras", "nd", "pasok", "dimar"])

# ---------------- wikinews-fr-44489 (test) ----------------
d = D("wikinews-fr-44489", "fr")
d.A("hp", None, "Hewlett-Packard", "company", "Hewlett-Packard", ("ALL", "HP", ["[[HP]] France"]),
    "a indiqué [[la direction]]", "[[la direction]] avait annoncé")
d.A("hpfr", None, "HP France", "company", "HP France")
d.A("karsenti", None, "Gérald Karsenti", "person", "Gérald Karsenti")
d.A("martinet", None, "Myriam Martinet", "person", "Myriam Martinet")
d.A("cgt", None, "Confédération générale du travail", "other", "CGT")
d.A("whitman", None, "Meg Whitman", "person", "Meg Whitman")

d.Q("vouloir procéder uniquement à des départs volontaires, exclusivement au travers d'un dispositif de retraite anticipée",
    ("karsenti", "Gérald Karsenti"), "neutral")
d.Q("embaucher 210 jeunes sur trois ans", ("karsenti", "Gérald Karsenti"), "neutral")
d.Q("n'y a que 210 embauches sur trois ans, donc il y a une perte sèche de 310 emplois en France",
    ("martinet", "Myriam Martinet"), "neutral")
d.Q("[C'est] inacceptable dans la mesure où HP a augmenté sa distribution de dividendes [aux actionnaires] cette année",
    ("martinet", "Myriam Martinet"), "neutral")

d.C("environ 520 postes seront supprimés en France d'ici à 2014", ("hp", "a indiqué [[la direction]]"))
d.C("8 000 de ces suppressions auraient lieu en Europe", ("hp", "[[la direction]] avait annoncé"))

d.Dt("2 juillet 2012", "2012-07-02", "day")
d.Dt("mai dernier", "2012-05", "month")
d.Dt("2014", "2014", "year")
d.Dt("mi-juin", "2012-06", "month", True)
d.Dt("cette année", "2012", "year")
d.Dt("septembre dernier", "2011-09", "month")
d.E("mai dernier", "Le plan de réduction d'effectifs de l'entreprise américaine Hewlett-Packard (HP), spécialisée dans l'informatique, se poursuit depuis mai dernier", ["hp"])
d.E("2014", "En effet, environ 520 postes seront supprimés en France d'ici à 2014, a indiqué la direction", ["hp"])
d.E("mi-juin", "Plus récemment, mi-juin, la direction avait annoncé porter que 8 000 de ces suppressions auraient lieu en Europe", ["hp"])
d.E("cette année", "« [C'est] inacceptable dans la mesure où HP a augmenté sa distribution de dividendes [aux actionnaires] cette année »", ["hp"])
d.E("septembre dernier", "Ce plan, voulu par la directrice générale nommée en septembre dernier Meg Whitman, devrait permettre d'économiser 3,5 milliards de dollars chaque année, afin de les utiliser pour la recherche et le développement", ["whitman"])

# ---------------- wikinews-fr-45764 (dev) ----------------
d = D("wikinews-fr-45764", "fr")
d.A("es", None, "Envoyé spécial, la suite", "media", "Envoyé spécial, la suite", "[[Ce reportage]] a néanmoins",
    "que [[ce reportage]] n'ait", "[[ce documentaire]] aurait pu")
d.A("bonnet", None, "Élisabeth Bonnet", "person", "Élisabeth Bonnet")
d.A("wmf", "wikimedia-foundation", "Wikimedia Foundation", "ngo", "Wikimedia Foundation")
d.A("ibm", None, "IBM", "company", "IBM")
d.A("google", "google", "Google", "company", "Google")
d.A("frgov", "french-government", "French government", "government", "l'état français")
d.A("wmfr", None, "Wikimedia France", "ngo", "Wikimedia France")
d.A("wmde", None, "Wikimedia Deutschland", "ngo", "Wikimedia Deutschland")

d.Q("l’encyclopédie subit régulièrement des actes de vandalisme. Elle est aussi l’objet de manipulation de certaines entreprises",
    ("bonnet", "Élisabeth Bonnet"), "neutral")
d.Q("machine à décerveler", None, "neutral")
d.Q("0,1% des éditeurs a presque contribué à la moitié de la valeur mesurée en mots lus", None, "neutral")
d.Q("Wikipédia est incontournable", ("es", "[[Ce reportage]] a néanmoins"), "neutral")

d.C("la télévision est une « machine à décerveler »", None)

d.Dt("10 novembre 2012", "2012-11-10", "day")
d.Dt("jeudi dernier", "2012-11-08", "day")
d.Dt("2007", "2007", "year")
d.E("jeudi dernier", "L'émission Envoyé spécial, la suite a diffusé un reportage sur Wikipédia jeudi dernier qui a fait rire", ["es"])
d.E("2007", "Pourquoi l'état français n'investit pas sur l'association Wikimedia France contrairement à Wikimedia Deutschland qui est soutenue depuis 2007", ["wmde"])

# ---------------- wikinews-fr-45070 (test) ----------------
d = D("wikinews-fr-45070", "fr")
d.A("obama", None, "Barack Obama", "person", "Barack Obama", "pour [[Obama]], « le", "[[le Président-candidat]]",
    "[[B. Obama]], avec", "où [[Obama]] se rendra", "[[Il]] est attendu")
d.A("romney", None, "Mitt Romney", "person", "stratégie [[Romney]]", "Mitt Romney", "défaite de [[Romney]]")
d.A("mobama", None, "Michelle Obama", "person", "Michelle Obama")

d.Q("l'entraîneur qui ferait triompher les Etats-Unis", ("romney", "Mitt Romney"), "neutral")
d.Q("le problème est que tout le monde connaît déjà sa stratégie", ("obama", "pour [[Obama]], « le"), "neutral")
d.Q("Lors de la première période, il augmente les impôts de près de 2 000 dollars en moyenne sur les foyers avec enfants, pour pouvoir donner des cadeaux fiscaux massifs aux multimillionnaires",
    ("obama", "[[le Président-candidat]]"), "neutral")
d.Q("il veut une apothéose : mettre fin à Medicare et le remplacer par un système de coupons",
    ("obama", "[[le Président-candidat]]"), "neutral")
d.Q("ne gagneront pas la saison", ("obama", "[[B. Obama]], avec"), "neutral")

d.C("avec un tel coach, les Américains « ne gagneront pas la saison »", ("obama", "[[B. Obama]], avec"))

d.Dt("4 septembre 2012", "2012-09-04", "day")
d.Dt("novembre", "2012-11", "month")
d.Dt("aujourd'hui", "2012-09-04", "day")
d.Dt("mercredi", "2012-09-05", "day")
d.Dt("ce soir", "2012-09-04", "day")
d.E("novembre", "C'est dans l'Ohio, l'Etat qui pourrais faire basculer le scrutin en novembre, que Barack Obama s'adresse à la foule pour démonter la stratégie Romney", ["obama"])
d.E("aujourd'hui", "L'Ohio est un Etat décisif pour l'élection : en effet, une défaite de Romney dans cet Etat compromettrait très largement ses chances d'être élu, tout comme en Virginie, où Obama se rendra aujourd'hui", ["obama"])
d.E("mercredi", "Il est attendu mercredi à Charlotte (Caroline du Nord) où s'ouvre ce soir la convention démocrate qui l'investira comme candidat à sa succession", ["obama"])

# ---------------- wikinews-fr-44999 (dev) ----------------
d = D("wikinews-fr-44999", "fr")
d.A("montebourg", None, "Arnaud Montebourg", "person", "Le ministre du Redressement productif", "Arnaud Montebourg reconnait",
    "affirme-t-[[il]]", "propos d'[[Arnaud Montebourg]]", "A. Montebourg")
d.A("bfmtv", "bfmtv", "BFMTV", "media", "BFM TV")
d.A("eelv", None, "Europe Écologie Les Verts", "other", "Europe Écologie Les Verts", "le parti écologiste", "EELV",
    "Ces derniers")
d.A("magnen", None, "Jean-Philippe Magnen", "person", "Jean-Philippe Magnen", "a-t-[[il]] précisé")
d.A("afp", "afp", "Agence France-Presse", "media", "AFP")
d.A("hollande", None, "François Hollande", "person", "François Hollande")
d.A("ps", None, "Parti socialiste", "other", "PS")
d.A("valls", None, "Manuel Valls", "person", "Manuel Valls")
d.A("europe1", None, "Europe 1", "media", "Europe 1")

d.Q("« [[le nucléaire est une filière d'avenir]] ». Arnaud", ("montebourg", "Le ministre du Redressement productif"), "neutral")
d.Q("rééquilibré", ("montebourg", "Arnaud Montebourg reconnait"), "neutral")
d.Q("Avec une augmentation continue de la consommation des ménages et industrielle, même en maintenant notre parc de centrales actuel",
    ("montebourg", "affirme-t-[[il]]"), "neutral")
d.Q("si nous allons continuer à investir", ("montebourg", "affirme-t-[[il]]"), "neutral")
d.Q("Pour ma part, je considère que le nucléaire est une filière d'avenir", ("montebourg", "affirme-t-[[il]]"), "neutral")
d.Q("propos isolés", ("eelv", "le parti écologiste"), "neutral")
d.Q("Nous réagissons en n'attachant pas plus d'importance que cela aux propos d'Arnaud Montebourg que nous connaissions déjà comme étant pro-nucléaire",
    ("magnen", "Jean-Philippe Magnen"), "neutral")
d.Q("Le président a annoncé un grand débat national sur l'énergie. Il a pris un certain nombre d'engagements de réduire la part du nucléaire",
    ("magnen", "a-t-[[il]] précisé"), "neutral")
d.Q("la réduction de la part du nucléaire dans la production d'électricité de 75 % à 50 % à l'horizon 2025",
    ("hollande", "François Hollande"), "neutral")
d.Q("le nucléaire est incontestablement et évidement une filière d'avenir", ("valls", "Manuel Valls"), "neutral")

d.C("il faut qu'il soit « rééquilibré »", ("montebourg", "Arnaud Montebourg reconnait"))
d.C(S(d, "« Avec une augmentation", "« si nous allons continuer à investir »"), ("montebourg", "affirme-t-[[il]]"))
d.C("il s'agit de « propos isolés »", ("eelv", "le parti écologiste"))
d.C("engager « la réduction de la part du nucléaire dans la production d'électricité de 75 % à 50 % à l'horizon 2025 »",
    ("hollande", "François Hollande"))

d.Dt("[[dimanche]] sur BFM TV", "2012-08-26", "day")
d.Dt("27 août 2012", "2012-08-27", "day")
d.Dt("dimanche soir", "2012-08-26", "day")
d.Dt("2025", "2025", "year")
d.Dt("ce matin", "2012-08-27", "day")
d.E("[[dimanche]] sur BFM TV", "Le ministre du Redressement productif a déclaré dimanche sur BFM TV que « le nucléaire est une filière d'avenir »", ["montebourg"])
d.E("dimanche soir", "Europe Écologie Les Verts faisait part dimanche soir de son étonnement à la suite de ces déclarations ; le parti écologiste pense qu'il s'agit de « propos isolés »", ["eelv"])
d.E("2025", S(d, "Durant la campagne présidentielle", "entre le PS et les écologistes d'EELV"), ["hollande"])
d.E("ce matin", S(d, "Le ministre de l'Intérieur, Manuel Valls", "évidement une filière d'avenir »"), ["valls", "montebourg"])

# ---------------- wikinews-fr-45712 (test) ----------------
d = D("wikinews-fr-45712", "fr")
d.A("loreal", None, "L'Oréal", "company", ("ALL", "L'Oréal"), "[[Le groupe]] souhaite profiter", "[[Le groupe]] souhaite à long terme")
d.A("zaumseil", None, "Joechen Zaumseil", "person", "Joechen Zaumseil", "[[Il]] précise")
d.A("quentin", None, "David Quentin", "person", "David Quentin")

d.Q("à 500 millions à long terme", ("zaumseil", "Joechen Zaumseil"), "neutral")
d.Q("100 millions d'euros", ("zaumseil", "[[Il]] précise"), "neutral")
d.Q("les machines et les salariés tournent en trois équipes et produisent depuis peu 500 références de produits de soins pour les cheveux et pour la peau",
    ("quentin", "David Quentin"), "neutral")
d.Q("750 millions", ("loreal", "[[Le groupe]] souhaite à long terme"), "neutral")

d.C("L'usine produira 200 millions de produits cosmétiques sur l'année 2013, avec une capacité qui pourra être portée à 300 millions et jusqu'« à 500 millions à long terme »",
    ("zaumseil", "Joechen Zaumseil"))
d.C("la construction a nécessité « 100 millions d'euros » d'investissement", ("zaumseil", "[[Il]] précise"))

d.Dt("7 novembre 2012", "2012-11-07", "day")
d.Dt("mercredi 7 novembre", "2012-11-07", "day")
d.Dt("2013", "2013", "year")
d.Dt("début de l'année", "2012", "year", True)
d.Dt("2011", "2011", "year")
d.E("mercredi 7 novembre", "Le groupe de cosmétique français, numéro un mondial, L'Oréal a inauguré mercredi 7 novembre sa plus grande usine de production au monde en Indonésie", ["loreal"])
d.E("2013", S(d, "L'usine produira 200 millions", "le vice-président de L'Oréal pour l'Asie-Pacifique"), ["zaumseil", "loreal"])

# ---------------- wikinews-fr-44046 (dev) ----------------
d = D("wikinews-fr-44046", "fr")
d.A("sud", None, "SUD-PTT", "other", "le syndicat [[SUD-PTT]]", "Le syndicat [[SUD]] estime", "[[SUD-PTT]] a relevé",
    "La centrale syndicale")
d.A("poste", None, "La Poste", "company", ("ALL", "La Poste"))
d.A("buan", None, "Jérémy Buan", "person", "Jérémy Buan")
d.A("bailly", None, "Jean-Paul Bailly", "person", "Jean-Paul Bailly")

d.Q("Si ce collègue pouvait avoir des difficultés personnelles et familiales, nous savons aussi qu'il avait des difficultés dans “sa vie au travail”",
    ("sud", "Le syndicat [[SUD]] estime"), "neutral")
d.Q("refus de lui accorder les congés auxquels il avait droit", ("sud", "Le syndicat [[SUD]] estime"), "neutral")
d.Q("ce n'est que très tardivement (le 20 mai dernier) que l'enquête du CHSCT sur le suicide de Jérémy Buan a commencé, retardée par l'obstruction systématique du directeur de la direction opérationnelle territoriale courrier",
    ("sud", "[[SUD-PTT]] a relevé"), "neutral")

d.C("son geste fut consécutif a des problèmes d'ordre privé sans aucun lien avec son activité professionnelle",
    ("poste", "[[La Poste]], direction"))
d.C("l'agent avait formulé une demande de changement de service restée lettre morte", ("sud", "La centrale syndicale"))

d.Dt("29 mai 2012", "2012-05-29", "day")
d.Dt("29 février dernier", "2012-02-29", "day")
d.Dt("20 mai dernier", "2012-05-20", "day")
d.E("20 mai dernier", S(d, "SUD-PTT a relevé que", "territoriale courrier »"), ["sud"])

# ---------------- wikinews-fr-44551 (dev) ----------------
d = D("wikinews-fr-44551", "fr")
d.A("interior", "french-interior-ministry", "Ministère de l'Intérieur (France)", "ministry", "les services de Manuel Valls",
    "communiqué du [[ministère de l'Intérieur]]", "juge le [[ministère de l'Intérieur]]", "[[Le ministère]] s'est dit",
    "D'après le [[ministère de l'Intérieur]]")
d.A("valls", None, "Manuel Valls", "person", "Manuel Valls")
d.A("sncf", None, "SNCF", "company", "SNCF")
d.A("merah", None, "Mohamed Merah", "person", "Mohamed Merah", "l'affaire [[Merah]]")
d.A("bensemhoun", None, "Arié Bensemhoun", "person", "Arié Bensemhoun")
d.A("afp", "afp", "Agence France-Presse", "media", "AFP")

d.Q("Les identités des deux agresseurs sont connues grâce à l'action en gare de la police ferroviaire",
    ("interior", "communiqué du [[ministère de l'Intérieur]]"), "neutral")
d.Q("seule l'intervention d'un passager et des contrôleurs de la SNCF a pu mettre un terme aux violences",
    ("interior", "communiqué du [[ministère de l'Intérieur]]"), "neutral")
d.Q("signe religieux distinctif", ("interior", "communiqué du [[ministère de l'Intérieur]]"), "neutral")
d.Q(S(d, "prendre à partie et [de l'] insulter", "l'ont roué de coups"), ("interior", "communiqué du [[ministère de l'Intérieur]]"), "neutral")
d.Q("Ces actes d'une extrême violence sont inadmissibles", ("interior", "juge le [[ministère de l'Intérieur]]"), "neutral")
d.Q(S(d, "à combattre toutes les résurgences", "prévoient en réponse des sanctions sévères"), ("interior", "[[Le ministère]] s'est dit"), "neutral")
d.Q(S(d, "forme d'acharnement qui devient", "énormément de vocations"), ("bensemhoun", "Arié Bensemhoun"), "neutral")

d.C("Un lycéen de 17 ans a été victime d'une agression hier soir dans un train ralliant Toulouse à Lyon",
    ("interior", "les services de Manuel Valls"))
d.C(S(d, "Les agresseurs auraient remarqué", "l'ont roué de coups »"), ("interior", "communiqué du [[ministère de l'Intérieur]]"))
d.C(S(d, "déterminé à « à combattre", "des sanctions sévères »"), ("interior", "[[Le ministère]] s'est dit"))
d.C(S(d, "les juifs sont victimes d'une", "énormément de vocations »"), ("bensemhoun", "Arié Bensemhoun"))
d.C("les actes et menaces antisémites ont augmenté de 46 % entre janvier et avril par rapport à l'an dernier",
    ("interior", "D'après le [[ministère de l'Intérieur]]"))

d.Dt("5 juillet 2012", "2012-07-05", "day")
d.Dt("hier soir", "2012-07-04", "day")
d.Dt("aujourd'hui", "2012-07-05", "day")
d.Dt("19 mars dernier", "2012-03-19", "day")
d.Dt("début du mois dernier", "2012-06", "month", True)
d.Dt("janvier", "2012-01", "month")
d.Dt("avril", "2012-04", "month")
d.Dt("l'an dernier", "2011", "year")
d.E("aujourd'hui", "Un lycéen de 17 ans a été victime d'une agression hier soir dans un train ralliant Toulouse à Lyon, indique aujourd'hui les services de Manuel Valls", ["interior"])
d.E("19 mars dernier", "La victime est élève à l'école Ozar Hatorah à Toulouse, où Mohamed Merah a tué le 19 mars dernier trois enfants et un père de famille", ["merah"])
d.E("janvier", "D'après le ministère de l'Intérieur, les actes et menaces antisémites ont augmenté de 46 % entre janvier et avril par rapport à l'an dernier", ["interior"])

# ---------------- wikinews-fr-44520 (dev) ----------------
d = D("wikinews-fr-44520", "fr")
d.A("cern", None, "CERN", "academic", ("ALL", "CERN"))
d.A("incandela", None, "Joe Incandela", "person", "Joe Incandela")
d.A("stfc", None, "Science & Technology Facilities Council", "agency", "Science & Technology Facilities Council")
d.A("womersley", None, "John Womersley", "person", "John Womersley")
d.A("tonelli", None, "Guido Tonelli", "person", "Guido Tonelli")
d.A("spiro", None, "Michel Spiro", "person", "Michel Spiro")
d.A("brout", None, "Robert Brout", "person", "Robert Brout")
d.A("englert", None, "François Englert", "person", "François Englert")
d.A("higgs", None, "Peter Higgs", "person", "Peter Higgs")

d.Q("C'est un résultat provisoire, mais nous pensons qu'il est très solide", ("incandela", "Joe Incandela"), "neutral")
d.Q("Je peux confirmer qu'une particule a été découverte qui est compatible avec la théorie du boson de Higgs",
    ("womersley", "John Womersley"), "neutral")
d.Q("ce boson est un laboratoire pour une nouvelle physique. Il peut ouvrir des portes. C'est très excitant",
    ("tonelli", "Guido Tonelli"), "neutral")
d.Q("Nous avons de quoi nous occuper avec le LHC jusqu'en 2030 !", ("spiro", "Michel Spiro"), "neutral")

d.C("le boson va permettre de poursuivre les recherches en physique des particules pendant plusieurs années",
    ("spiro", "Michel Spiro"))

d.Dt("4 juillet 2012", "2012-07-04", "day")
d.Dt("aujourd'hui", "2012-07-04", "day")
d.Dt("1994", "1994", "year")
d.Dt("2010", "2010", "year")
d.Dt("Aujourd'hui", "2012-07-04", "day")
d.Dt("2030", "2030", "year")
d.Dt("1964", "1964", "year")
d.E("aujourd'hui", "Le CERN a annoncé aujourd'hui la découverte d'une nouvelle particule sub-atomique ayant une très forte ressemblance avec le boson de Brout-Englert-Higgs (communément appelé boson de Higgs)", ["cern"])
d.E("2010", "La traque du boson de Higgs au CERN a démarré en 2010 et a nécessité l'utilisation de l'accélérateur de particules LHC", ["cern"])
d.E("2030", S(d, "Selon le président du conseil du CERN", "jusqu'en 2030 ! »"), ["spiro"])
d.E("1964", "L'existence du boson de Higgs a été émise en 1964 par les physiciens Robert Brout, François Englert et Peter Higgs", ["brout", "englert", "higgs"])

# ---------------- wikinews-fr-45674 (test; spare replacing wikinews-fr-45513, which has no quote or claim) ----------------
d = D("wikinews-fr-45674", "fr", split="test")
d.A("an", "assemblee-nationale", "Assemblée nationale", "legislature", "Assemblée Nationale",
    ("ALL", "Assemblée", ["L'[[Assemblée]] Nationale"]))
d.A("brottes", None, "François Brottes", "person", "François Brottes")
d.A("ps", None, "Parti socialiste", "other", "PS")
d.A("baupin", None, "Denis Baupin", "person", ("ALL", "Denis Baupin"), "M. [[Baupin]]")
d.A("eelv", None, "Europe Écologie Les Verts", "other", "EELV")
d.A("ump", None, "Union pour un mouvement populaire", "other", ("ALL", "UMP"))
d.A("jacob", None, "Christian Jacob", "person", "Christian Jacob", "[[Il]] a souhaité")
d.A("leroux", None, "Bruno Le Roux", "person", "Bruno Le Roux", "a-t-[[il]] affirmé")
d.A("bartolone", None, "Claude Bartolone", "person", "Claude Bertolone")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")
d.A("gosselin", None, "Philippe Gosselin", "person", "Philippe Gosselin")
d.A("tardy", None, "Lionel Tardy", "person", "Lionel Tardy")
d.A("lcp", None, "La Chaîne parlementaire", "media", "LCP")

d.Q("retrouver le chemin de la sérénité", ("brottes", "François Brottes"), "neutral")
d.Q(S(d, "On ne peut pas accepter un tel mépris", "ne vous intéressent pas !"), ("jacob", "[[Il]] a souhaité"), "neutral")
d.Q("Vous vous êtes assis sur le règlement de notre Assemblée !", ("jacob", "[[Il]] a souhaité"), "neutral")
d.Q("On peut faire une suspension lorsqu'un vote a été annoncé, du moment qu'il n'a pas été ouvert", ("baupin", "[[Denis Baupin]] a ensuite"), "neutral")
d.Q(S(d, "procédé [de l'opposition] absolument choquant", "l'opposition aujourd'hui."), ("leroux", "Bruno Le Roux"), "neutral")
d.Q("Il y a là une volonté de pourrir le débat politique qui est absolument scandaleuse !", ("leroux", "a-t-[[il]] affirmé"), "neutral")
d.Q("il ne pourra plus y avoir de suspension de séance quand un vote est annoncé", ("bartolone", "Claude Bertolone"), "neutral")
d.Q("Incident grave ! Malgré un vote annoncé, la gauche, en minorité, fait suspendre la séance! Déni de démocratie, manipulation!",
    ("gosselin", "Philippe Gosselin"), "neutral")
d.Q("Reprise de la séance, nouvelle demande de suspension de la majorité qui est toujours minoritaire... quel couac !!!!",
    ("tardy", "Lionel Tardy"), "neutral")

d.C("ce qui a pu permettre, d'après l'opposition, à des députés de gauche de rejoindre les bancs de l'Assemblée", None)

d.Dt("6 novembre 2012", "2012-11-06", "day")
d.Dt("[[aujourd'hui]] le budget", "2012-11-06", "day")
d.Dt("2013", "2013", "year")
d.Dt("l'opposition [[aujourd'hui]]", "2012-11-06", "day")
d.E("[[aujourd'hui]] le budget", "L'Assemblée Nationale devait voter aujourd'hui le budget 2013 pour l'agriculture, en baisse de 3 %", ["an"])
d.E("l'opposition [[aujourd'hui]]", S(d, "Bruno Le Roux, président du groupe socialiste", "l'opposition aujourd'hui. »"), ["leroux"])

# ---------------- wikinews-fr-44510 (dev) ----------------
d = D("wikinews-fr-44510", "fr")
d.A("hrw", "human-rights-watch", "Human Rights Watch", "ngo", "Human Rights Watch", "dans lequel [[elle]] dévoile",
    "[[L'ONG]] dénonce", ("ALL", "HRW"), "Cependant, [[l'ONG]] précise", "[[L'organisation]] met",
    "[[l'organisation militant pour les droits de l'Homme]]", "[[l'ONG]] a demandée")
d.A("houry", None, "Nadim Houry", "person", "Nadim Houry")
d.A("solvang", None, "Ole Solvang", "person", "Ole Solvang")
d.A("sri", None, "Service des renseignements militaires (Syrie)", "agency", "service des renseignements militaires")
d.A("dsp", None, "Direction de la sécurité politique (Syrie)", "agency", "direction de la sécurité politique")
d.A("drg", None, "Direction des renseignements généraux (Syrie)", "agency", "direction des renseignements généraux")
d.A("dra", None, "Direction des renseignements aériens (Syrie)", "agency", "direction des renseignements aériens")
d.A("icc", None, "International Criminal Court", "court", ("ALL", "Cour pénale internationale"), "CPI")
d.A("sygov", None, "Syrian government", "government", "[[La Syrie]] n'ayant")
d.A("unsc", None, "United Nations Security Council", "other", "Conseil de sécurité de l'ONU", "efforts du [[Conseil de sécurité]]")
d.A("un", "united-nations", "United Nations", "other", "ONU")
d.A("rugov", "russian-government", "Russian government", "government", "la Russie")
d.A("cngov", "chinese-government", "Chinese government", "government", "la Chine")

d.Q("La torture continue aujourd'hui en Syrie, et elle est le produit d'une politique nationale", ("houry", "Nadim Houry"), "neutral")
d.Q("des positions de stress douloureuses sur de longues périodes, souvent à l'aide d'équipements spécialement conçus à cet effet",
    ("hrw", "dans lequel [[elle]] dévoile"), "neutral")
d.Q("le nombre de centres de détention utilisés par les services de renseignement est probablement beaucoup plus élevé",
    ("hrw", "Cependant, [[l'ONG]] précise"), "neutral")
d.Q(S(d, "publiant leurs localisations", "pour ces crimes horribles"), ("solvang", "Ole Solvang"), "neutral")
d.Q("une politique d’Etat de mauvais traitement et de torture, ce qui constitue par conséquent un crime contre l’humanité",
    ("hrw", "[[l'organisation militant pour les droits de l'Homme]]"), "neutral")
d.Q("la Russie et la Chine ont précédemment bloqué les efforts du Conseil de sécurité visant à obtenir l’obligation de rendre des comptes",
    ("hrw", "le rappelle [[HRW]]"), "neutral")

d.C("l'usage de la torture est systématique dans les prisons syriennes à l'encontre des opposants au pouvoir",
    ("hrw", "dans lequel [[elle]] dévoile"))
d.C("les prisonniers sont maintenus dans « des positions de stress douloureuses sur de longues périodes, souvent à l'aide d'équipements spécialement conçus à cet effet »",
    ("hrw", "dans lequel [[elle]] dévoile"))
d.C("ces centres de détention sont surpeuplés", None)
d.C("les prisonniers sont soumis à une mauvaise alimentation et se voient refuser l'accès à des soins médicaux", None)
d.C("avoir vus plusieurs personnes mourir sous la torture", None)
d.C("l'usage systématique de la torture dans ces centres prouve qu'il existe en Syrie « une politique d’Etat de mauvais traitement et de torture, ce qui constitue par conséquent un crime contre l’humanité »",
    ("hrw", "[[l'organisation militant pour les droits de l'Homme]]"))
d.C("adopter une résolution qui permettrait de faire passer la question syrienne devant la Cour pénale internationale",
    ("hrw", "[[l'ONG]] a demandée"))

d.Dt("3 juillet 2012", "2012-07-03", "day")
d.Dt("aujourd'hui", "2012-07-03", "day")
d.Dt("depuis [[mars 2011]], ce", "2011-03", "month")
d.Dt("en [[mars 2011]].", "2011-03", "month")
d.E("aujourd'hui", "Nadim Houry, responsable de l'organisation et spécialiste de la Syrie, précise que : « La torture continue aujourd'hui en Syrie, et elle est le produit d'une politique nationale »", ["houry"])

# ---------------- wikinews-fr-44545 (dev) ----------------
d = D("wikinews-fr-44545", "fr")
d.A("degaulle", None, "Charles de Gaulle", "person", "De Gaulle")
d.A("fln", None, "Front de libération nationale", "other", "FLN", "Front de Libération Nationale")
d.A("gasmi", None, "Akli Gasmi", "person", "Akli Gasmi")
d.A("aln", None, "Armée de libération nationale", "other", "ALN", "Armée de Libération Nationale")
d.A("guay", None, "Michel Guay", "person", "Michel Guay")
d.A("oas", None, "Organisation armée secrète", "other", "OAS")
d.A("dzgov", None, "Algerian government", "government", "[[l'Algérie]] compte", "entre [[l'Algérie]] et")
d.A("bouteflika", None, "Abdelaziz Bouteflika", "person", "Abdelaziz Bouteflika", "[[le président algérien]] ira")
d.A("frgov", "french-government", "French government", "government", "et [[la France]] ont")
d.A("chirac", None, "Jacques Chirac", "person", "Jacques Chirac")
d.A("sarkozy", None, "Nicolas Sarkozy", "person", "Nicolas Sarkozy")
d.A("fabius", None, "Laurent Fabius", "person", "Laurent Fabius")

d.Q(S(d, "C'est quelque chose qu'on ne vit qu'une fois", "C'était l'euphorie"), ("gasmi", "Akli Gasmi"), "neutral")
d.Q(S(d, "Moi, j'étais dans une 2 CV", "n'a pas bougé d'un poil"), ("guay", "Michel Guay"), "neutral")

d.C(S(d, "cette journée fut la finalisation finale", "les indépendantistes algériens et l'armée française"), ("aln", "ALN"))

d.Dt("5 juillet 2012", "2012-07-05", "day")
d.Dt("il y a tout juste 50 ans", "1962-07-05", "day")
d.Dt("le [[5 juillet 1962]], le général", "1962-07-05", "day")
d.Dt("1er juillet 1962", "1962-07-01", "day")
d.Dt("Ce jour-là", "1962-07-05", "day")
d.Dt("18 mars 1962", "1962-03-18", "day")
d.Dt("la journée du [[5 juillet 1962]] ne", "1962-07-05", "day")
d.Dt("cette journée du [[5 juillet 1962]]", "1962-07-05", "day")
d.Dt("mercredi soir", "2012-07-04", "day")
d.Dt("1830", "1830", "year")
d.Dt("jeudi 5 juillet", "2012-07-05", "day")
d.Dt("16 juillet prochain", "2012-07-16", "day")
d.E("le [[5 juillet 1962]], le général", S(d, "C'était il y a tout juste 50 ans", "au référendum du 1er juillet 1962"), ["degaulle"])
d.E("18 mars 1962", S(d, "Pour l'ALN (Armée", "les indépendantistes algériens et l'armée française"), ["aln"])
d.E("cette journée du [[5 juillet 1962]]", "Malgré les sombres événements de cette journée du 5 juillet 1962, l'Algérie compte fêter dignement le cinquantenaire de son indépendance", ["dzgov"])
d.E("jeudi 5 juillet", S(d, "Le jeudi 5 juillet, le président algérien", "tombés durant la guerre d'indépendance"), ["bouteflika"])
d.E("16 juillet prochain", "Le ministre des affaires étrangères, Laurent Fabius, est attendu à Alger le 16 juillet prochain", ["fabius"])

# ================= spares (split dev): the listed documents give fewer than 45 claims =================

# ---------------- wikinews-fr-44231 (dev, spare) ----------------
d = D("wikinews-fr-44231", "fr", split="dev")
d.A("roland", None, "Thierry Roland", "person", "Thierry Roland", "1976, [[il]] fit", "Bulgares, [[il]] avait alors lâché",
    "1970, [[il]] fut", "suite, [[il]] migra", "TF1 où [[il]] fut", "1998, [[il]] obtint", "avait-[[il]] lancé",
    "mais [[il]] était trop fatigué", "Tout à fait [[Thierry]]")
d.A("larque", None, "Jean-Michel Larqué", "person", ("ALL", "Jean-Michel Larqué"), "Jean-Mimi", "répondit alors [[son complice]]",
    "Selon [[son complice]]")
d.A("foote", None, "Ian Foote", "person", "[[l'arbitre]] avait", "Foote")
d.A("tf1", None, "TF1", "media", "TF1")
d.A("asse", None, "AS Saint-Étienne", "other", "AS Saint-Étienne")

d.Q("M. Foote, vous êtes un salaud !", ("roland", "Bulgares, [[il]] avait alors lâché"), "neutral")
d.Q("Eh oui, mon petit Jean-Mimi !", ("roland", "TF1 où [[il]] fut"), "neutral")
d.Q("Tout à fait Thierry !", ("larque", "répondit alors [[son complice]]"), "neutral")
d.Q(S(d, "Je crois qu'après avoir vu ça", "Oh putain !"), ("roland", "avait-[[il]] lancé"), "neutral")
d.Q(S(d, "Il se sentait faible ces derniers temps", "Il faut laisser le temps au temps"), ("larque", "Selon [[son complice]]"), "neutral")

d.Dt("16 juin 2012", "2012-06-16", "day")
d.Dt("nuit de vendredi à samedi", "2012-06-16", "day")
d.Dt("1976", "1976", "year")
d.Dt("deuxième partie des années 1970", "1975", "year", True)
d.Dt("En [[1998]], il", "1998", "year")
d.Dt("football en [[1998]]", "1998", "year")
d.Dt("cette année", "2012", "year")
d.Dt("Aujourd’hui", "2012-06-16", "day")
d.E("nuit de vendredi à samedi", "Le journaliste et commentateur sportif Thierry Roland s'est éteint dans la nuit de vendredi à samedi à trois heures du matin, victime d'un AVC", ["roland"])
d.E("1976", "Dès 1976, il fit parler de lui lors du match éliminatoire Bulgarie – France", ["roland"])
d.E("deuxième partie des années 1970", "Lors de la deuxième partie des années 1970, il fut présentateur vedette de Stade 2 sur la deuxième chaîne publique de la télévision française", ["roland"])
d.E("En [[1998]], il", "En 1998, il obtint la consécration en commentant la finale de la Coupe du Monde de football en 1998 où les Tricolores obtinrent le trophée tant convoité", ["roland"])
d.E("cette année", "Le tandem aurait dû se reconstituer cette année lors de l'Euro 2012, mais il était trop fatigué à la suite d'une opération chirurgicale sur un calcul biliaire", ["roland"])
d.E("Aujourd’hui", S(d, "Selon son complice, «", "le temps au temps »"), ["larque"])

# ---------------- wikinews-fr-45643 (dev, spare) ----------------
d = D("wikinews-fr-45643", "fr", split="dev")
d.A("obama", None, "Barack Obama", "person", "Barack Obama", "réjoui le président [[Obama]]", "Le président [[Obama]] a promis",
    "[[Le président]] a prévu", "déloger [[B. Obama]]", "avance à [[B. Obama]]", "bilan économique du président [[Obama]]",
    "De son côté, [[B. Obama]]", "fait savoir qu'[[il]] continue", "[[B. Obama]] a prévu de visiter", "[[Il]] conclura",
    "et où [[il]] sera rejoint")
d.A("romney", None, "Mitt Romney", "person", ("ALL", "Mitt Romney"), "Wisconsin où [[il]] a promis", "[[Il]] a estimé",
    "M. [[Romney]]", "s'[[il]] souhaite", "A défaut, [[il]] devrait", "[[le républicain]] poursuit")
d.A("rcp", None, "RealClearPolitics", "media", "RealClearPolitics")
d.A("clinton", None, "Hillary Clinton", "person", "Hillary Clinton")
d.A("springsteen", None, "Bruce Springsteen", "person", "Bruce Springsteen")

d.Q("Nous avons appris que les entreprises avaient embauché plus de personnes en octobre que lors de chacun des huit mois précédents",
    ("obama", "réjoui le président [[Obama]]"), "neutral")
d.Q("Le président Obama a promis le changement, mais n'a pas pu le réaliser. Je promets le changement, et mon bilan montre que j'en suis capable",
    ("romney", "[[Mitt Romney]] dans le Wisconsin"), "neutral")
d.Q("nouveau départ", ("romney", "Wisconsin où [[il]] a promis"), "neutral")
d.Q("triste rappel", ("romney", "[[Il]] a estimé"), "neutral")
d.Q("quasiment au point mort", ("romney", "[[Il]] a estimé"), "neutral")

d.C("ces statistiques constituaient un « triste rappel » du fait que l'économie du pays est « quasiment au point mort »",
    ("romney", "[[Il]] a estimé"))
d.C("il continue à gérer la crise née de l'ouragan meurtrier Sandy", ("obama", "De son côté, [[B. Obama]]"))

d.Dt("2 novembre 2012", "2012-11-02", "day")
d.Dt("concentraient [[vendredi]]", "2012-11-02", "day")
d.Dt("octobre", "2012-10", "month")
d.Dt("jusqu'à [[lundi]] dans", "2012-11-05", "day")
d.Dt("cette année", "2012", "year")
d.Dt("mardi", "2012-11-06", "day")
d.Dt("vendredi matin", "2012-11-02", "day")
d.Dt("et [[lundi soir]], B.", "2012-11-05", "day")
d.Dt("campagne [[lundi soir]]", "2012-11-05", "day")
d.Dt("2008", "2008", "year")
d.E("concentraient [[vendredi]]", "Barack Obama et Mitt Romney concentraient vendredi leurs efforts dans l'Ohio, Etat-clé qui pourrait décider de l'élection présidentielle américaine", ["obama", "romney"])
d.E("octobre", S(d, "« Nous avons appris que", "la capitale de l'Ohio"), ["obama"])
d.E("jusqu'à [[lundi]] dans", S(d, "Le président a prévu de revenir", "côté républicain ou démocrate"), ["obama"])
d.E("mardi", "La carte électorale est telle cette année que M. Romney doit presque impérativement remporter l'Ohio s'il souhaite déloger B. Obama de la Maison Blanche lors de l'élection de mardi", ["romney", "obama"])
d.E("vendredi matin", "Entre vendredi matin et lundi soir, B. Obama a prévu de visiter 14 villes dans huit Etats, avec donc une nette insistance sur l'Ohio", ["obama"])
d.E("campagne [[lundi soir]]", S(d, "Il conclura sa campagne lundi soir", "le chanteur Bruce Springsteen"), ["obama", "springsteen"])

# ---------------- wikinews-fr-44485 (dev, spare) ----------------
d = D("wikinews-fr-44485", "fr", split="dev")
d.A("ansar", None, "Ansar Eddine", "other", ("ALL", "Ansar Eddine"), "[[l'organisation islamique]], qui affirme",
    "[[l'organisation islamique]] justifie", "qu'[[elle]] considère")
d.A("bensouda", None, "Fatou Bensouda", "person", "Fatou Bensouda")
d.A("icc", None, "International Criminal Court", "court", "Cour pénale internationale")
d.A("mlgov", None, "Government of Mali", "government", "Le gouvernement malien")
d.A("alrm", None, "Association des leaders religieux du Mali", "ngo", "Association des leaders religieux du Mali")
d.A("unesco", None, "UNESCO", "other", "UNESCO")

d.Q("Ils ont arraché la porte sacrée qu'on ouvrait jamais", None, "neutral")
d.Q(S(d, "Ils sont venus avec des pioches", "certains ont pleuré."), None, "neutral")
d.Q(S(d, "Mon message à ceux qui sont impliqués", "pleinement autorisés à enquêter"), ("bensouda", "Fatou Bensouda"), "neutral")
d.Q("la furie destructrice assimilable à des crimes de guerre", ("mlgov", "Le gouvernement malien"), "neutral")
d.Q("même le prophète (Mahomet) lui-même allait visiter les tombes et les mausolées. C’est de l’intolérance",
    ("alrm", "Association des leaders religieux du Mali"), "neutral")
d.Q("agir au nom de Dieu", ("ansar", "[[l'organisation islamique]], qui affirme"), "neutral")

d.C("son ouverture apporterait le malheur", None)
d.C("son ouverture ne provoquerait pas la fin du monde", ("ansar", "membres d'[[Ansar Eddine]]"))
d.C("s'en prendre aux mosquées de la ville", ("ansar", "[[Ansar Eddine]] avait notamment"))
d.C("elle considère les anciens monuments de Tombouctou impies", ("ansar", "[[l'organisation islamique]] justifie"))

d.Dt("2 juillet 2012", "2012-07-02", "day")
d.Dt("30 juin dernier", "2012-06-30", "day")
d.Dt("28 juin dernier", "2012-06-28", "day")
d.Dt("le week-end dernier", "2012-06-30", "day", True)
d.E("30 juin dernier", S(d, "Suite à la destruction de sept", "datant du XVe siècle"), ["ansar"])
d.E("28 juin dernier", S(d, "Ces actes de destruction sont des représailles", "trois cents trente-trois saints"), ["unesco", "ansar"])
d.E("le week-end dernier", S(d, "Ansar Eddine avait notamment menacé", "de Tombouctou impies"), ["ansar"])

# ---------------- wikinews-fr-44881 (dev, spare) ----------------
d = D("wikinews-fr-44881", "fr", split="dev")
d.A("rajoy", None, "Mariano Rajoy", "person", ("ALL", "Rajoy"))
d.A("rtve", None, "Radiotelevisión Española", "media", ("ALL", "TVE"), "RTVE", "affirmant qu'[[ils]] lui")
d.A("pastor", None, "Ana Pastor García", "person", "Ana Pastor García", "[[Elle]] était connue", "[[Ana Pastor]],",
    "[[Pastor]] l'avait", "[[Pastor]] leur", "et qu'[[elle]] l'avait", "; [[elle]] écrivit")
d.A("cospedal", None, "María Dolores de Cospedal", "person", "María Dolores de Cospedal")
d.A("pp", None, "Partido Popular", "other", "du [[PP]] »", "Parti populaire", "par le [[PP]]")
d.A("elpunt", None, "El Punt Avui", "media", "El Punt Avui")
d.A("esgov", "spanish-government", "Gobierno de España", "government", "le [[gouvernement Rajoy]]")
d.A("echenique", None, "Leopoldo González Echenique", "person", "Leopoldo González Echenique", "[[ce dernier]] a choisi",
    "d'[[Echenique]]", "afin qu'[[il]] expliquât")
d.A("somoano", None, "Julio Somoano", "person", "Julio Somoano", "[[Il]] a remplacé", "Après, [[il]] limogea")
d.A("llorente", None, "Fran Llorente", "person", "Fran Llorente")
d.A("psoe", None, "Partido Socialista Obrero Español", "other", "L'opposition socialiste", "PSOE")
d.A("rubalcaba", None, "Alfredo Pérez Rubalcaba", "person", "Alfredo Pérez Rubalcaba")
d.A("liberation", "liberation", "Libération", "media", "Libération")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")

d.Q("sa prise de bec avec María Dolores de Cospedal, secrétaire générale du PP", ("elpunt", "El Punt Avui"), "neutral")
d.Q("de haut en bas toute l'équipe d'information en un peu plus d'un mois", None, "neutral")
d.Q("J'ai été virée parce que je faisais un vrai journalisme indépendant. Ils ne m'ont donné aucune raison. C'est une décision politique.",
    ("pastor", "[[Pastor]] l'avait"), "neutral")
d.Q("un espace d'interviews à minuit", ("rtve", "Pour se justifier, [[TVE]]"), "neutral")
d.Q("Qu'ils disent ce qu'ils disent… je sais qu'ils m'ont arrêtée de faire du journalisme et ne m'ont rien offert de concret.",
    ("pastor", "; [[elle]] écrivit"), "neutral")

d.C("Elle était connue pour ses interviews incisives, surtout par « sa prise de bec avec María Dolores de Cospedal, secrétaire générale du PP »",
    ("elpunt", "El Punt Avui"))
d.C("lorsqu'ils arriveraient au pouvoir, ils auraient la peau de la présentatrice", ("pp", "Parti populaire"))
d.C("ils lui avaient offert « un espace d'interviews à minuit »", ("rtve", "Pour se justifier, [[TVE]]"))
d.C("elle l'avait refusé", ("rtve", "Pour se justifier, [[TVE]]"))
d.C("purger la Télévision publique", ("liberation", "Libération"))

d.Dt("7 août 2012", "2012-08-07", "day")
d.Dt("28 juin dernier", "2012-06-28", "day")
d.Dt("même jour", "2012-06-28", "day")
d.Dt("vendredi dernier", "2012-08-03", "day")
d.Dt("lendemain", "2012-08-04", "day")
d.Dt("hier", "2012-08-06", "day")
d.E("28 juin dernier", "Dans un premier temps, le 28 juin dernier, le gouvernement Rajoy a changé la coupole de RTVE et nomma Leopoldo González Echenique comme président", ["esgov", "rtve", "echenique"])
d.E("même jour", "Le même jour de sa nomination, ce dernier a choisi Julio Somoano qui, jusqu'à ce moment-là dirigeant, était le «Telenotícies 1 »", ["echenique", "somoano"])
d.E("vendredi dernier", "À la fin, Ana Pastor, vouée aux gémonies par le PP au cours de la dernière campagne électorale, fut remerciée vendredi dernier", ["pastor"])
d.E("lendemain", "Pour se justifier, TVE a émis le lendemain un communiqué de presse affirmant qu'ils lui avaient offert « un espace d'interviews à minuit » et qu'elle l'avait refusé", ["rtve"])
d.E("hier", "L'opposition socialiste, avec Alfredo Pérez Rubalcaba (PSOE) demanda hier la comparution d'Echenique au Congrès afin qu'il expliquât tous ces changements au sein de l'équipe de rédaction de TVE", ["psoe", "rubalcaba"])

# ---------------- wikinews-fr-44618 (dev, spare) ----------------
d = D("wikinews-fr-44618", "fr", split="dev")
d.A("ruwiki", None, "Russian Wikipedia", "other", "Wikipédia en russe")
d.A("duma", None, "Federal Assembly (Russia)", "legislature", "Parlement russe")

d.Q("Imaginez un monde sans connaissance libre", ("ruwiki", "Wikipédia en russe"), "neutral")

d.C("cet amendement, comme les derniers projets de loi tel que Stop Online Piracy Act ou encore PROTECT IP Act, empêche l'accès à des pages Wikipédia telles que « suicide » ou « permanganate de potassium » et créent une censure d'Internet sur le modèle chinois",
    None)

d.Dt("10 juillet 2012", "2012-07-10", "day")
d.Dt("aujourd'hui", "2012-07-10", "day")
d.Dt("juin", "2012-06", "month")
d.Dt("demain", "2012-07-11", "day")
d.Dt("11 juillet", "2012-07-11", "day")
d.E("aujourd'hui", "La Wikipédia en russe est aujourd'hui en grève : quiconque tentant de consulter un article tombera sur un message disant « Imaginez un monde sans connaissance libre »", ["ruwiki"])
d.E("demain", "Le texte de loi sera présenté en deuxième lecture demain (11 juillet) au Parlement russe", ["duma"])
