from helper import *

# Italian Wikinews passages (KIND), batch d (selection-d.json, drawn by select_d.py): the
# last six "dev" entries (it-wn-0279, 0095, 0260, 0060, 0167, 0042). As in it.py, it2.py
# and it3.py: no title, no publication date (published is null); relative dates (oggi,
# ieri, stasera, questa mattina, nel pomeriggio, quest'anno, il prossimo anno) and
# day/month dates without a year (12 marzo prossimo) are not listed; times of day (23:55,
# 1:15) are not dates; events hang only on listed dates, and a date only inside a quote
# gives no event (as en5.py). Stance is "neutral" throughout (nothing here is about
# encryption, surveillance or lawful access).
# it-wn-0042 has neither a quote nor a reported claim ("scoglio" is a scare quote); it is
# annotated all the same (actors only), no spare was drawn in here.

# ---------------- it-wn-0279 (dev) ----------------
d = D("it-wn-0279", "it")
d.A("morandi", None, "Gianni Morandi", "person", ("ALL", "Morandi"))
d.A("arisa", None, "Arisa", "person", ("ALL", "Arisa"))
d.A("emma", None, "Emma Marrone", "person", ("ALL", "Emma"), "La [[Marrone]], che")
d.A("berte", None, "Loredana Bertè", "person", "Loredana Berté", "D'Alessio e [[Berté]]")
d.A("dalessio", None, "Gigi D'Alessio", "person", "Gigi D'Alessio", "coppia [[D'Alessio]] e")
d.A("noemi", None, "Noemi", "person", ("ALL", "Noemi"))
d.A("carone", None, "Pierdavide Carone", "person", "Pierdavide Carone")
d.A("dalla", None, "Lucio Dalla", "person", "Lucio Dalla")
d.A("dolcenera", None, "Dolcenera", "person", "Dolcenera")
# A duo (as it3.py's "Trio"): one actor, kind other.
d.A("ellniki", None, "Ell & Nikki", "other", "Ell & Niki")
d.A("zilli", None, "Nina Zilli", "person", "Nina Zilli")
d.A("lucapaolo", None, "Luca e Paolo", "other", "Luca e Paolo")
d.A("mrazova", None, "Ivana Mrázová", "person", "Ivana Mrázová")
d.A("miseria", None, "Franco Miseria", "person", "Franco Miseria")
d.A("silvestre", None, "Francesco Silvestre", "person", "Francesco \"Kekko\" Silvestre")
d.A("moda", None, "Modà", "other", "Modà")
d.A("celentano", None, "Adriano Celentano", "person", "Celentano")

# "La Marrone ... («...», ha scherzato)": the bracketed quote's speaker is the subject.
d.Q("Non c'è il gobbo per me?", ("emma", "La [[Marrone]], che"), "neutral")
# "hanno annunciato che + clause": a claim ("i quali" is a relative pronoun; the claimant
# text is the name).
d.C("l'interprete che rappresenterà l'Italia a Baku nell'edizione di quest'anno sarà Nina Zilli", ("ellniki", "Ell & Niki"))
# "il gruppo irlandese" (the band is never named in the passage): no actor. Morandi's
# "ha annunciato la classifica", "l'annuncio del nome della vincitrice" and Celentano's
# "ha parlato di Paradiso": noun-phrase objects, not claims. "Big", "golden share", "big"
# (terms) and "Kekko" (a nickname) are not quotes. "i giornalisti", "la sala stampa":
# unnamed groups. "l'Italia" (represented at the contest) is a place, not a mention.
# "23:55", "1:15" (times of day), "quest'anno", "quest'edizione": not listed.

# ---------------- it-wn-0095 (dev) ----------------
d = D("it-wn-0095", "it")
d.A("bkb", None, "Bobbi Kristina Brown", "person", "Bobbi Kristina Brown", "La ragazza")
d.A("tmz", None, "TMZ", "media", "Tmz")
d.A("miur", None, "Ministero dell'Istruzione, dell'Università e della Ricerca", "ministry", "Ministero dell'Istruzione")

# "secondo quanto riportato da Tmz" sits in the middle: the claim is the whole sentence
# (spans are contiguous).
d.C("La stessa Bobbi Kristina Brown, tra l'altro, - secondo quanto riportato da Tmz - solo un giorno prima sarebbe stata vittima, nello stesso hotel, di un incidente analogo a quello che ha portato la madre alla morte",
    ("tmz", "Tmz"))
# Continuation sentence in the reportative mood: own claim, claimant of the previous one.
d.C("La ragazza, dopo aver ricevuto la tragica notizia, si troverebbe in uno stato psico-fisico pietoso, che starebbe facendo temere i familiari anche per la sua sorte",
    ("tmz", "Tmz"))
# "ricerca della felicità", «La ricerca della felicità», «funzione, gli scopi e gli usi della
# musica nella società contemporanea», «Siamo soli?»: titles of the exam's essay prompts,
# not quotes. The ministry "ha comunicato i primi dati": noun-phrase object, not a claim.
# "la madre" (unnamed, object), "i familiari", "gli studenti": no actors.

# "Maturità 2010" (the next article's headline): the exam session's year; no actor acts
# in that headline, no event.
d.Dt("2010", "2010", "year")
# "un giorno prima", "questa mattina", "Nel pomeriggio", "quest'anno", "sei ore": not listed.

# ---------------- it-wn-0260 (dev) ----------------
d = D("it-wn-0260", "it")
d.A("sogov", None, "Government of Somalia", "government", "il governo somalo")
d.A("nato", None, "North Atlantic Treaty Organization", "other", "NATO")

# "Da alcune fonti si apprende che": unidentified sources -> null claimant.
d.C("i militari stanno bloccando l'arrivo di viveri e rifornimenti ai pirati", None)
# A request with an infinitive (as it2.py's "pregare per il papa") by an unnamed group.
d.C("pagare il riscatto", None)
# "sembra che vogliano spostare" (the writer's hedge, no source) and "ha autorizzato le
# navi militari ad usare la forza" (an act, not speech): not claims. "Faina" (a ship's
# name) is not a quote, and the ship is not an actor. "i pirati somali", "I banditi",
# "varie unità navali militari", "i parenti dei marittimi": unnamed groups. "Somalia:"
# (headline) is a place.

# ---------------- it-wn-0060 (dev) ----------------
d = D("it-wn-0060", "it")
d.A("hushovd", None, "Thor Hushovd", "person", "Thor")
d.A("pozzato", None, "Filippo Pozzato", "person", "Filippo Pozzato")
d.A("bettini", None, "Paolo Bettini", "person", "Bettini")
d.A("freire", None, "Óscar Freire", "person", "Óscar Freire")
d.A("bronzini", None, "Giorgia Bronzini", "person", "Giorgia Bronzini")
d.A("matthews", None, "Michael Matthews", "person", "Michael Matthews")
d.A("cancellara", None, "Fabian Cancellara", "person", "Fabian Cancellara")
d.A("pooley", None, "Emma Pooley", "person", "Emma Pooley")
d.A("phinney", None, "Taylor Phinney", "person", "Taylor Phinney")

# The passage opens with the quote: its speaker (the runner-up) is not in the text.
d.Q("So solo che andavo a tutta e Thor mi ha passato ai meno 50 o meno 30. Certo, al momento sono deluso perché oggi correvo per vincere, ma il secondo posto è comunque un buon risultato",
    None, "neutral")
d.Q("La squadra ha corso veramente bene, come voleva il c.t. Bettini. L'arrivo era perfetto per me, ma avevo crampi anche sulle orecchie",
    ("pozzato", "Filippo Pozzato"), "neutral")
d.Q("Avevo sicuramente la possibilità di vincere questa corsa ancora una volta. Stavo tenendo una buona posizione allo sprint ma semplicemente non avevo più la gamba. Avrei potuto fare meglio",
    ("freire", "Óscar Freire"), "neutral")
# No reported claim ("commenta:", "ammette:" introduce the quotes).

d.Dt("2011", "2011", "year")
# "i mondiali su strada del 2011 saranno a Copenaghen": no actor, no event.
# "oggi" (inside the quote), "ieri", "prossimo anno", "meno 50 o meno 30": not listed.

# ---------------- it-wn-0167 (dev) ----------------
d = D("it-wn-0167", "it")
# Headline "Il Venezuela cambia la propria bandiera": the country acts (metonymy). The other
# "Venezuela"s are places or parts of names.
d.A("vegov", None, "Government of Venezuela", "government", "Il [[Venezuela]] cambia")
d.A("chavez", None, "Hugo Chávez", "person", "Hugo Chávez", "nelle parole del [[presidente]]")
d.A("bolivar", None, "Simón Bolívar", "person", "volle [[Bolivar]]")
d.A("moron", None, "Guillermo Morón", "person", "Gillermo Moron")
d.A("cassazione", None, "Corte Suprema di Cassazione", "court", "Cassazione")

# "come si legge nelle parole del presidente": the speaker description (as it2.py's
# "parole della figlia").
d.Q("Otto stelle, non sette. Così volle Bolivar nel 1811, al momento dell'indipendenza", ("chavez", "nelle parole del [[presidente]]"), "neutral")
d.Q("Stupidaggini, le province che firmarono l'atto di separazione dalla Spagna furono sette, questo è un fatto storico e immutabile per il Venezuela",
    ("moron", "Gillermo Moron"), "neutral")

# The next article's headline: "secondo la Cassazione" -> claim; "Cazzata" is a word
# mentioned (a term), not a quote.
d.C("\"Cazzata\" non è una parola offensiva", ("cassazione", "Cassazione"))
# "impone modifiche alla bandiera" (an act) and "La sua affermazione è contestata":
# not claims.

d.Dt("1811", "1811", "year")
# 1811 is only inside Chávez's quote: no event. "12 marzo prossimo" (no year in the text),
# "5 anni" (duration): not listed.

# ---------------- it-wn-0042 (dev) ----------------
d = D("it-wn-0042", "it")
d.A("biles", None, "Simone Biles", "person", ("ALL", "Simone Biles"), "che [[Biles]] ha dovuto", "quella di [[Biles]], dove",
    "L'errore di [[Biles]]", "connazionale di [[Biles]]")
d.A("wevers", None, "Sanne Wevers", "person", ("ALL", "Sanne Wevers"))
d.A("onyshko", None, "Isabela Onyshko", "person", "Isabela Onyshko")
d.A("hernandez", None, "Laurie Hernandez", "person", "Laurie Hernandez")
# No quote ("scoglio" is a scare quote) and no reported claim. "i giudici": unnamed group.
# "Stasera" (relative) and the scores (15.466, 6.5, ...): not dates.
