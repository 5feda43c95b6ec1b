from helper import *

# Italian Wikinews passages (KIND), batch d (selection-d.json, drawn by select_d.py; this
# module holds the first six "dev" entries: it-wn-0136, -0236, -0201, -0184, -0031, -0027;
# no spare was needed: every document has a quote or a reported claim). As in it.py, it2.py
# and it3.py: no title, no publication date (published is null); relative dates (giovedì,
# sabato, domani, nel marzo scorso, quell'estate) are not listed; events hang only on
# listed dates. Actors that have an entry in the project's actor registry
# (corpora/actors/*.toml: partito-democratico, forza-italia, movimento-5-stelle) take its id
# and name; parties and clubs are "other". Stance is "neutral" throughout (nothing here is
# about encryption, surveillance or lawful access).

# ---------------- it-wn-0136 (dev) ----------------
d = D("it-wn-0136", "it")
# The county speaks ("smentisce: «...»"): its unnamed spokesperson resolves to it.
d.A("wallawalla", None, "Walla Walla County", "government", "contea di Walla Walla")
# "La direttrice dell'assessorato di sanità della contea, Meghan DeBolt": apposition, the
# name is the mention; "della contea" is a possessor, not a mention.
d.A("debolt", None, "Meghan DeBolt", "person", "Meghan DeBolt")
# "l'ente federale che si occupa della salute pubblica negli Stati Uniti (il Centers for
# Disease Control and Prevention) sconsiglia": subject description + name.
d.A("cdc", None, "Centers for Disease Control and Prevention", "agency", "l'ente federale",
    "Centers for Disease Control and Prevention")

d.Q("Ci sono stati assembramenti ma non a quello scopo. Sono feste dove si poteva incrociare un contagiato e chi vi partecipava ne era cosciente",
    ("wallawalla", "contea di Walla Walla"), "neutral")
d.Q("È inaccettabile ed irresponsabile - esporsi deliberatamente ad un contagio è rischioso per chi lo fa e per gli altri",
    ("debolt", "Meghan DeBolt"), "neutral")

# "secondo i giornali" (unnamed source) sits in the middle of its sentence: the claim is the
# whole sentence (spans are contiguous), null claimant. "si certificherebbe" describes what
# the passport would do (hypothetical), not a separate claim.
d.C("Si tratta di una moda, secondo i giornali, diffusa grazie all'idea di considerare un possibile passaporto di immunità, documento con il quale si certificherebbe assenza di rischio di contagio della persona che lo possiede",
    None)
# "feste" is a term in quotation marks, not a quote. The county's "smentisce:" is followed
# by the wholly quoted content: quote only. The CDC "sconsiglia la partecipazione a questo
# genere di feste": noun-phrase object, not a claim. "USA", "Stati Uniti", "Seattle": places.

# ---------------- it-wn-0236 (dev) ----------------
d = D("it-wn-0236", "it")
d.A("procura", None, "Procura della Repubblica di Avellino", "agency", "Procura di Avellino")
d.A("napolitano", None, "Giorgio Napolitano", "person", "Giorgio Napolitano")
d.A("letta", None, "Enrico Letta", "person", "Enrico Letta")

d.Q("sciagura inaccettabile", ("napolitano", "Giorgio Napolitano"), "neutral")
d.Q("È un giorno molto triste", ("letta", "Enrico Letta"), "neutral")

# "un medico" (an unnamed individual): null claimant.
d.C("aver dovuto scegliere chi soccorrere", None)
# "auspicando maggiore sicurezza stradale", "Cordoglio ... è stato espresso dalle forze
# politiche": noun phrases, not claims; "le forze politiche", "i soccorritori", "il medico
# legale": unnamed. "A Pozzuoli sono stati dichiarati tre giorni di lutto": a place.
# "nel marzo scorso" (no year), "domani", "tre giorni" (duration): not listed.

# ---------------- it-wn-0201 (dev) ----------------
d = D("it-wn-0201", "it")
d.A("uefa", None, "UEFA", "other", ("ALL", "UEFA"), ("ALL", "Uefa"))
d.A("milan", None, "AC Milan", "other", ("ALL", "Milan"))
d.A("johansson", None, "Lennart Johansson", "person", "Lennart Johansson")
d.A("erzik", None, "Şenes Erzik", "person", "Senes Erzik")
d.A("sprengers", None, "Jeu Sprengers", "person", "Jeu Sprengers")
d.A("palermo", None, "US Città di Palermo", "other", "al [[Palermo]]")
d.A("liverpool", None, "Liverpool F.C.", "other", "al [[Liverpool]]")
d.A("lens", None, "RC Lens", "other", "Lens")

# Lens's words about Milan, quoted inside the narrator's apposition ("giunto terzo «...»"):
# a quote of Lens; not a claim (no reporting clause governs it; "annuncia battaglia" is a
# noun-phrase object).
d.Q("solo grazie ad un colpo di bacchetta magica dei giudici italiani", ("lens", "Lens"), "neutral")

# Headline "L'UEFA avverte: <clause>" (no quotation marks): reported content, a claim.
d.C("il Milan non sia certo della Champions League", ("uefa", "L'[[UEFA]] avverte"))
# "fa sapere che A, ed è per questo che B": B is a coordinated main clause (the article's
# conclusion), so only A is UEFA's claim.
d.C("il massimo torneo europeo non può ammettere fra le sue fila squadre che abbiano gettato discredito sul calcio con delle manovre occulte antisportive",
    ("uefa", "L'[[UEFA]] fa sapere"))
# "la squadra milanese" (object description) is not a mention; "una commissione", "un altro
# membro del comitato esecutivo", "dei giudici italiani": unnamed. "Champions League" is a
# competition, not an actor.

# "campionato 2005-2006" names a season: both years are listed (a range has no single
# value). Like "Firearms Control Regulations Act del 1975" (it2.py) the years name the
# championship and date no act: no event. "Giovedì" (twice), "la scorsa edizione": not listed.
d.Dt("[[2005]]-2006", "2005", "year")
d.Dt("2005-[[2006]]", "2006", "year")

# ---------------- it-wn-0184 (dev) ----------------
d = D("it-wn-0184", "it")
# The resolution speaks for the Assembly that adopted it ("La risoluzione riporta", "Il
# testo si dedica": subject position, as "The report said" for the NTSB in en2.py). The
# interlanguage link "en: Virginia legislature issues apology for slavery" names it too.
# "della Virginia" inside the Assembly's name is not a separate mention of the State.
d.A("assembly", None, "Virginia General Assembly", "legislature", "assemblea generale della Virginia",
    "[[La risoluzione]] riporta", "[[Il testo]] si dedica", "Virginia legislature")
# The State apologises ("lo Stato si scusa"; the headline's subject) and acts in "La
# Virginia ... divenne il primo degli Stati Uniti a ripristinare la schiavitù" (metonymy);
# "la Virginia è stato il centro principale del commercio di schiavi" and "capitale della
# Virginia" are the place, not mentions.
d.A("virginia", None, "Commonwealth of Virginia", "government", "Lo Stato americano della Virginia",
    "con la quale [[lo Stato]] si scusa", "La [[Virginia]], che era")
d.A("mceachin", None, "A. Donald McEachin", "person", "A. Donald McEachin")
d.A("house", None, "Virginia House of Delegates", "legislature", "alla [[Camera]]")
d.A("senate", None, "Senate of Virginia", "legislature", "al [[Senato]]")
# "Anche il Missouri e il Maryland stanno considerando di approvare": the States act.
d.A("missouri", None, "State of Missouri", "government", "Missouri")
d.A("maryland", None, "State of Maryland", "government", "Maryland")

d.Q("Questa sessione dell'assemblea sarà ricordata per molte cose, ma da qui a venti anni io ritengo che una delle quelle cose sarà questa risoluzione",
    ("mceachin", "A. Donald McEachin"), "neutral")
d.Q("il più orrendo di tutti i crimini contro i diritti umani e di tutte le violazioni dei nostri ideali fondanti della storia del nostro Stato",
    ("assembly", "[[La risoluzione]] riporta"), "neutral")
# "e si riconosce che «...»": impersonal, same sentence: the resolution's statement.
d.Q("l'abolizione della schiavitù ha portato una sistematica discriminazione e anche la segregazione forzata nei confronti degli afroamericani, dovute al razzismo",
    ("assembly", "[[La risoluzione]] riporta"), "neutral")
d.Q("sfruttamento dei nativi americani", ("assembly", "[[Il testo]] si dedica"), "neutral")

# Partly quoted: quote + claim. "si riconosce che «...»" is wholly quoted: quote only.
d.C("la schiavitù è «il più orrendo di tutti i crimini contro i diritti umani e di tutte le violazioni dei nostri ideali fondanti della storia del nostro Stato»",
    ("assembly", "[[La risoluzione]] riporta"))
# "Gli storici stimano che ...": a stated estimate of an unnamed group, null claimant.
d.C("più di 100.000 schiavi siano passati per Richmond, capitale della Virginia", None)
# "stanno considerando di approvare" (deliberation, not speech) is not a claim. "Stati
# Confederati d'America", "Stati Uniti", "Richmond": places here. "sabato" (relative),
# "da qui a venti anni" (duration): not listed; no listed date, no event.

# ---------------- it-wn-0031 (dev) ----------------
d = D("it-wn-0031", "it")
d.A("comitato", None, "Comitato parlamentare per i procedimenti d'accusa", "legislature", "Comitato d'inchiesta parlamentare")
d.A("m5s", "movimento-5-stelle", "Five Star Movement", "other", "MoVimento 5 Stelle", "5Stelle", "M5S")
# "il presidente della Repubblica avrebbe contatto" (subject inside Friedman's claim) is a
# mention; "un presidente della Repubblica" inside Monti's quote is generic. "al Colle"
# (the Presidency as addressee, not acting) is not counted as a mention.
d.A("napolitano", None, "Giorgio Napolitano", "person", "contro [[Napolitano]]", "Giorgio Napolitano",
    "[[il presidente della Repubblica]] avrebbe", "[[Napolitano]], che definisce")
d.A("pd", "partito-democratico", "Democratic Party (Italy)", "other", "Partito Democratico", "PD")
d.A("ncd", None, "Nuovo Centrodestra", "other", "Nuovo Centrodestra")
d.A("sel", None, "Sinistra Ecologia Libertà", "other", "Sinistra Ecologia e Libertà")
d.A("sc", None, "Scelta Civica", "other", "Scelta Civica")
d.A("ppi", None, "Popolari per l'Italia", "other", "Popolari per l'Italia")
d.A("fi", "forza-italia", "Forza Italia", "other", ("ALL", "Forza Italia"))
d.A("friedman", None, "Alan Friedman", "person", "Alan Friedman", "Il giornalista")
# "Il senatore a vita" is Mario Monti (senator for life since 2011; he is the one asked for
# his availability, "gli chiedevano la disponibilità"), not Napolitano (then President).
d.A("monti", None, "Mario Monti", "person", "Mario Monti", "Il senatore a vita")
d.A("berlusconi", None, "Silvio Berlusconi", "person", "Silvio Berlusconi")
d.A("grillo", None, "Beppe Grillo", "person", "Beppe Grillo")

d.Q("decine di persone", ("monti", "Il senatore a vita"), "neutral")
d.Q("un presidente della Repubblica che si mettesse nello studio del Quirinale a riflettere vediamo un po' chi può essere a guidare il governo il giorno dopo che il presidente del Consiglio uscente ha rassegnato le sue dimissioni",
    ("monti", "Il senatore a vita"), "neutral")
# Grillo's epithets for Napolitano and Forza Italia: his words, quotes ("definisce X",
# "parla di X": noun phrases, no claim).
d.Q("problema del paese", ("grillo", "Beppe Grillo"), "neutral")
d.Q("coraggio di conigli", ("grillo", "Beppe Grillo"), "neutral")

d.C("già nell'estate del 2011 il presidente della Repubblica avrebbe contatto l'ex premier Mario Monti chiedendogli la disponibilità a subentrare come presidente del consiglio a Silvio Berlusconi",
    ("friedman", "Il giornalista"))
# "affermando di A ... e di B": two claims, with the quoted words. "ha confermato la versione
# dei fatti" and Forza Italia's "chiedendo chiarezza": noun-phrase objects, not claims.
d.C("non trovarci nulla di strano dal momento che in quell'estate \"decine di persone\" gli chiedevano la disponibilità",
    ("monti", "Il senatore a vita"))
d.C("ritenere irresponsabile, invece, \"un presidente della Repubblica che si mettesse nello studio del Quirinale a riflettere vediamo un po' chi può essere a guidare il governo il giorno dopo che il presidente del Consiglio uscente ha rassegnato le sue dimissioni\"",
    ("monti", "Il senatore a vita"))

# "estate del 2011": a season keeps the year's precision, approximate (as "Herbst" in de3.py).
d.Dt("estate del 2011", "2011", "year", True)
# The date dates the reported act (Napolitano sounding out Monti), not Friedman's writing.
d.E("estate del 2011", "Il giornalista scrive che già nell'estate del 2011 il presidente della Repubblica avrebbe contatto l'ex premier Mario Monti chiedendogli la disponibilità a subentrare come presidente del consiglio a Silvio Berlusconi",
    ["napolitano", "monti"])
# "in quell'estate" (anaphoric, no year), "il giorno dopo" (inside the quote, generic): not listed.

# ---------------- it-wn-0027 (dev) ----------------
d = D("it-wn-0027", "it")
d.A("travaglio", None, "Marco Travaglio", "person", ("ALL", "Travaglio", ["Marco [[Travaglio]]"]), "Marco Travaglio",
    "invece [[lui]] ha smentito")
d.A("schifani", None, "Renato Schifani", "person", ("ALL", "Schifani", ["Renato [[Schifani]]"]), "Renato Schifani")
d.A("fazio", None, "Fabio Fazio", "person", "Fabio Fazio", "[[Fazio]] ha mostrato")
d.A("luttazzi", None, "Daniele Luttazzi", "person", "Daniele Luttazzi")
d.A("rutelli", None, "Francesco Rutelli", "person", "Rutelli")
d.A("abbate", None, "Lirio Abbate", "person", "Lirio Abbate")
d.A("gomez", None, "Peter Gomez", "person", "Peter Gomez")
d.A("deandre", None, "Fabrizio De André", "person", "De André")
d.A("degasperi", None, "Alcide De Gasperi", "person", "De Gasperi")

# "lombrico" and "muffa": the words Travaglio said of Schifani (his "parole più caustiche"),
# quotes. "Che tempo che fa", "Satyricon" (programmes) and "I complici" (a book) are titles.
d.Q("\"[[lombrico]]\"", ("travaglio", "Marco Travaglio"), "neutral")
d.Q("\"[[muffa]]\"", ("travaglio", "Marco Travaglio"), "neutral")

# "rimproverando loro d'essere ...": infinitive content of a speech verb (as "accusa ... di"
# in it.py). "ha ripreso le accuse di aver avuto delle amicizie con dei mafiosi" (noun-phrase
# object "le accuse"), "criticando ... l'assenza di professionalità", "lo ha paragonato ... a":
# not claims.
d.C("essere al servizio dei politici", ("travaglio", "Marco Travaglio"))
d.C("non essere d'accordo con lui su niente", ("fazio", "[[Fazio]] ha mostrato"))
d.C("Travaglio non abbia in simpatia De André", ("fazio", "[[Fazio]] ha mostrato"))
# "cosa che invece lui ha smentito": pronoun object, no claim.
# "In sostanza ha detto: ..." (paraphrase, pro-drop; antecedent in the sentence before) and
# "ha ipotizzato quali orrori ..." (an indirect question as content): claims of Travaglio.
# The stray apostrophes after "muffa" and "lombrichi" (wiki markup remnants) are not
# quotation marks and stay outside the spans.
d.C("partendo da nomi illustri come De Gasperi, si arriva a Schifani", ("travaglio", "che [[Travaglio]] abbia pronunciato"))
d.C("quali orrori il futuro avrebbe riservato ancora, scendendo al livello di muffe e lombrichi",
    ("travaglio", "che [[Travaglio]] abbia pronunciato"))

d.Dt("10 maggio 2008", "2008-05-10", "day")
d.Dt("2001", "2001", "year")
_s = "Il 10 maggio 2008 Marco Travaglio, durante il programma televisivo \"Che tempo che fa\" condotto da Fabio Fazio, ha attaccato il presidente del Senato Renato Schifani: lo ha paragonato, riciclando due battute dette da Daniele Luttazzi nel 2001 a \"Satyricon\" sui politici italiani e su Rutelli, a un \"lombrico\" e alla \"muffa\"; e ha ripreso le accuse di aver avuto delle amicizie con dei mafiosi riportate nel libro \"I complici\" di Lirio Abbate e Peter Gomez, criticando fortemente l'assenza di professionalità dei giornalisti e rimproverando loro d'essere al servizio dei politici"
d.E("10 maggio 2008", _s, ["travaglio", "schifani", "fazio"])
# "dette da Daniele Luttazzi nel 2001": the participial clause dates Luttazzi's jokes.
d.E("2001", _s, ["luttazzi"])
# "Senato" in "presidente del Senato" is Schifani's title, not an actor mention.
