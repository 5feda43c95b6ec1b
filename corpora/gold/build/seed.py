from helper import *

t = open('/work/shared/seed/uk-apple-icloud-backdoor.fr.txt', encoding='utf-8').read()
d = D("seed-uk-apple", "fr", None, t, None,
      source="seed", note="The user's own seed document", norm=curly, raw=True)
d.A("uk", "uk-government", "UK Government", "government",
    "Le gouvernement britannique", "Les autorités britanniques", "des responsables britanniques",
    "entre [[le Royaume-Uni]] et les États-Unis\n", "engagés par [[le Royaume-Uni]]",
    "intentions [[des autorités britanniques]]", "[[Le Royaume-Uni]] a expliqué",
    "[[Le Royaume-Uni]] et les États-Unis ont", "demande du [[Royaume-Uni]]")
d.A("apple", "apple", "Apple", "company", ("ALL", "Apple"), "fabricant d'iPhone",
    "indiqué [[l'entreprise]]", "[[L'entreprise]] a ainsi", "qu'[[elle]] privilégierait")
d.A("us", "us-government", "US Government", "government",
    "et [[les États-Unis]]\n", "[[les États-Unis]] ont déjà", "leurs homologues américains")
d.A("bloomberg", "bloomberg", "Bloomberg", "media", "Bloomberg")

d.Q("Nous n'avons jamais créé de porte dérobée ou de clé maîtresse pour aucun de nos produits ou services et nous ne le ferons jamais",
    ("apple", "indiqué [[l'entreprise]]"), "against")

d.C("Afin de résoudre cette impasse, des discussions de haut niveau ont eu lieu entre des responsables britanniques et leurs homologues américains",
    ("bloomberg", "Bloomberg"))
uk = ("uk", "[[Le Royaume-Uni]] a expliqué")
d.C("ne pas chercher à obtenir un accès général aux données personnelles des utilisateurs", uk)
d.C("Aussi, les demandes concerneraient uniquement les enquêtes portant sur des crimes graves tels que le terrorisme ou les abus sexuels sur mineurs", uk)
d.C("Chaque demande d'accès aux données nécessiterait une autorisation judiciaire distincte et ces mesures seraient limitées aux criminels résidant au Royaume-Uni, excluant les citoyens américains", uk)
d.C("la demande du Royaume-Uni représente un excès de pouvoir sans précédent qui pourrait affecter la sécurité globale des utilisateurs à l'échelle mondiale",
    ("apple", "Selon [[Apple]]"))
d.C("elle privilégierait le retrait de certaines fonctionnalités de sécurité plutôt que de se soumettre à une telle exigence",
    ("apple", "[[L'entreprise]] a ainsi"))

d.Dt("2019", "2019", "year")
d.E("2019", "Le Royaume-Uni et les États-Unis ont déjà signé un accord sur l'accès aux données en 2019, garantissant la protection des droits des citoyens américains",
    ["uk", "us"])
