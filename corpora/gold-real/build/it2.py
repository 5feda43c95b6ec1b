from helper import *

# Italian Wikinews passages (KIND), batch b (selection-b.json, all dev). As in it.py:
# no title, no publication date (published is null); relative dates (oggi, domani,
# lunedì sera, l'anno scorso) and day/month dates without a year are not listed;
# events hang only on listed dates.
#
# Skipped (neither a quote nor a reported claim) and replaced by the next spare,
# which takes the skipped document's split:
#   it-wn-0145 (dev) -> it-wn-0141   ("Nuove proposte" is a section name, 'Grande amore' a song title)
#   it-wn-0198 (dev) -> it-wn-0277   ("punto di riferimento" is a scare quote)

# ---------------- it-wn-0242 (dev) ----------------
d = D("it-wn-0242", "it")
d.A("holmes", None, "Sherlock Holmes", "person", "Holmes")
d.A("watson", None, "Dr. Watson", "person", "Watson")

# The opening quote's speaker is not named in its sentence; Holmes's reply addresses
# him ("Watson, siete un idiota!"), so the speaker is Watson (his only mention).
d.Q("«[[Beh, da un punto di vista astronomico, questo mi fa pensare che ci sono nel cielo milioni di galassie e quindi, potenzialmente, miliardi di pianeti. Da un punto di vista astrologico, vedo che Saturno è in Leone. Da un punto di vista orario, se guardo la Luna, ne deduco che sono circa le 3:15. Da un punto di vista meteorologico, credo che domani avremo una bellissima giornata. Da un punto di vista teologico, mi fa capire che Dio è Infinita Potenza e che noi siamo solo una piccolissima e insignificante parte dell'Universo. Ma perché me lo chiedete? Cosa suggerisce a voi tutto questo?]]»",
    ("watson", "Watson"), "neutral")
d.Q("Watson, siete un idiota! Qualcuno ci ha rubato la tenda!", ("holmes", "Holmes"), "neutral")
# "3:15" (time of day), "domani": not dates.

# ---------------- it-wn-0086 (dev) ----------------
d = D("it-wn-0086", "it")
d.A("francis", None, "Pope Francis", "person", "il nuovo papa", "[[Il papa]] ha quindi")
d.A("benedict", None, "Pope Benedict XVI", "person", "Benedetto XVI")

# "buonasera": the greeting he spoke, a one-word quote.
d.Q("\"[[buonasera]]\"", ("francis", "il nuovo papa"), "neutral")
d.Q("un cammino di fratellanza, di amore, di fiducia tra noi: l’uno per l’altro", ("francis", "[[Il papa]] ha quindi"), "neutral")

# A request with an infinitive (as de.py's "aufgefordert ... zu"); "chiedendo una
# preghiera", "annunciato \"...\"", "esortato la preghiera": noun-phrase objects.
d.C("pregare per il papa emerito Benedetto XVI", ("francis", "[[Il papa]] ha quindi"))
# The protodeacon ("del protodiacono") is not named: no actor.

# ---------------- it-wn-0213 (dev) ----------------
d = D("it-wn-0213", "it")
d.A("obama", None, "Barack Obama", "person", ("ALL", "Barack Obama"), "[[il Presidente]] ha ringraziato")
d.A("bloomberg", None, "Michael Bloomberg", "person", "Bloomberg")
d.A("romney", None, "Mitt Romney", "person", "Mitt Romney")

# The quote is the "commento" announced in the sentence before, which names him.
d.Q("Non sono preoccupato per gli effetti dell'uragano sulle elezioni, ma dell'impatto sulle famiglie",
    ("obama", "Il Presidente [[Barack Obama]], ha esposto"), "neutral")

d.C("stare tutti uniti e compatti", ("obama", "[[il Presidente]] ha ringraziato"))
# Romney speaks "tramite un portavoce": the spokesperson resolves to him.
d.C("da lunedì sera fino a martedì sera non si preoccuperà di nessun impegno elettorale", ("romney", "Mitt Romney"))
# "annunciare ai cittadini, notizie agghiaccianti" (Bloomberg): noun-phrase object, not a claim.
# "Nelle ultime ore", "lunedì sera", "martedì sera": not resolvable, not listed.

# ---------------- it-wn-0054 (dev) ----------------
d = D("it-wn-0054", "it")
d.A("scotus", "us-supreme-court", "Supreme Court of the United States", "court",
    "USA: la [[Corte Suprema]] dichiara", "La Corte Suprema degli Stati Uniti d'America", "della [[Corte Suprema]] conferma")
d.A("scalia", None, "Antonin Scalia", "person", "Antonin Scalia")
d.A("stevens", None, "John Paul Stevens", "person", "John Paul Stevens", "[[il giudice]] chiede")
d.A("heller", None, "Dick Heller", "person", "Dick Heller")
d.A("dcgov", None, "Government of the District of Columbia", "government", "Il [[Distretto di Columbia]] aveva")
d.A("dccir", None, "United States Court of Appeals for the District of Columbia Circuit", "court",
    "Corte Federale del Distretto di Columbia")
d.A("fenty", None, "Adrian Fenty", "person", "Adrian Fenty", "affermato [[Fenty]]")
d.A("cofferati", None, "Sergio Cofferati", "person", "Cofferati")

# The majority opinion (written by Scalia) is quoted after "si legge che": fully
# quoted content -> quote only (as in the other languages' files). Likewise Stevens's
# "chiede se «...»". "portata" is a scare quote.
d.Q("il Secondo Emendamento protegge la libertà individuale di possedere un'arma da fuoco, non connessa con la prestazione del servizio militare, e di usare quest'arma per scopi tradizionalmente legali, come la legittima difesa personale all'interno della propria abitazione",
    ("scalia", "Antonin Scalia"), "neutral")
d.Q("la domanda di questo processo è l'effettivo riconoscimento (grazie all'emendamento, n.d.r.) al legittimo utilizzo delle armi da fuoco per usi non militari come la caccia o la legittima difesa personale",
    ("stevens", "[[il giudice]] chiede"), "neutral")
d.Q("È importante rispettare l'autorità della corte e agire rapidamente", ("fenty", "affermato [[Fenty]]"), "neutral")

d.C("il bando sul possesso delle armi da fuoco ad uso personale imposto nella città di Washington D.C. è incostituzionale",
    ("scotus", "La Corte Suprema degli Stati Uniti d'America"))
d.C("aver applicato il Firearms Control Regulations Act del 1975", ("dcgov", "Il [[Distretto di Columbia]] aveva"))
d.C("ordinerà al dipartimento di polizia della capitale di offrire ai cittadini i mezzi per poter registrare le pistole nell'arco di 21 giorni",
    ("fenty", "Adrian Fenty"))

d.Dt("1975", "1975", "year")
d.Dt("del [[2007]] della", "2007", "year")
d.E("del [[2007]] della", "La decisione della Corte Suprema conferma così una decisione del 2007 della Corte Federale del Distretto di Columbia di annullare la sentenza per motivi costituzionali",
    ["dccir"])
# "1975" dates the Act (part of its name), not the District's justification: no event.
# "District of Columbia vs Heller" is the case's name: no mention of Heller or the District.
# "Cofferati:" is the passage's trailing fragment (the next article's heading).
# "oggi", "21 giorni" (duration): not listed.

# ---------------- it-wn-0039 (dev) ----------------
d = D("it-wn-0039", "it")
d.A("petrella", None, "Marina Petrella", "person", ("ALL", "Marina Petrella"), "la [[Petrella]] «si", "la [[Petrella]] potrà",
    "[[La donna]] però")
d.A("versailles", None, "Court of Appeal of Versailles", "court", "corte d'appello di Versailles")
d.A("steanne", None, "Sainte-Anne Hospital Center", "other", "ospedale Sainte-Anne")
d.A("terrel", None, "Irène Terrel", "person", "Irène Terrel")
d.A("novelli", None, "Elisa Novelli", "person", "Elisa Novelli", "parole della [[figlia]]")
d.A("itjud", None, "Judiciary of Italy", "court", "La giustizia italiana")
d.A("mitterrand", None, "François Mitterrand", "person", "François Mitterand")
d.A("fillon", None, "François Fillon", "person", "François Fillon")
d.A("conseil", "conseil-d-etat", "Conseil d'État", "court", "Consiglio di Stato")

# "i dottori", "i sanitari" (the hospital's doctors, an unnamed group): null.
# «libertà vigilata» (a legal term) and "riconsegnava" (scare quote) are not quotes.
d.Q("si sta lasciando andare", None, "neutral")
d.Q("turbe depressive e suicide", None, "neutral")
d.Q("denutrizione", None, "neutral")
d.Q("stato di salute", None, "neutral")
d.Q("le modalità di trattamento", None, "neutral")
d.Q("c'è una volontà di distensione che giunge dalle più alte cariche dello Stato", ("terrel", "Irène Terrel"), "neutral")
d.Q("una nuova speranza", ("terrel", "Irène Terrel"), "neutral")
d.Q("ricominciare a ricostruirsi", ("terrel", "Irène Terrel"), "neutral")
d.Q("molto sollevata", ("terrel", "Irène Terrel"), "neutral")
d.Q("spera che questa notizia le donerà la voglia di ricominciare a far parte della vita sociale", ("novelli", "Elisa Novelli"), "neutral")
d.Q("una clausola che ha sempre rispettato", ("novelli", "parole della [[figlia]]"), "neutral")

d.C("la Petrella «si sta lasciando andare», soffre di «turbe depressive e suicide» e di «denutrizione»", None)
# "ha detto che «c'è una volontà ...»" is wholly quoted: quote only.
d.C("la decisione offre «una nuova speranza» per poter «ricominciare a ricostruirsi» una vita", ("terrel", "Irène Terrel"))
d.C("sentirsi «molto sollevata»", ("terrel", "Irène Terrel"))
# Novelli's «spera che ...» (a hope, wholly quoted) and «una clausola ...» (a noun
# phrase) are quotes only.

d.Dt("1992", "1992", "year")
d.E("1992", "La giustizia italiana reclama dal 1992 la sua estradizione, dopo la condanna in contumacia all'ergastolo per concorso in omicidio nell'assassinio di un agente di polizia",
    ["itjud"])
# "dottrina Mitterand" is the doctrine's name: not a mention.
# "Il 9 giugno scorso" (no year in the text), "dall'anno successivo alla condanna": not listed.

# ---------------- it-wn-0029 (dev) ----------------
d = D("it-wn-0029", "it")
d.A("gardaland", None, "Gardaland", "company", ("ALL", "Gardaland"))
d.A("aceto", None, "Aldo Aceto", "person", "Aldo Aceto", "[[Il magistrato]] ha", "dichiara [[Aceto]]")
d.A("centro", None, "Il Centro", "media", "Il Centro")

# "i responsabili di Gardaland" (its management, speaking for the park) resolve to Gardaland.
d.Q("reazioni incontrollate", ("gardaland", "responsabili di [[Gardaland]]"), "neutral")
d.Q("discriminazione razziale", ("aceto", "[[Il magistrato]] ha"), "neutral")
d.Q("All'ingresso non mi è stato fornito nessun opuscolo", ("aceto", "dichiara [[Aceto]]"), "neutral")
d.Q("L'ho preso alla fine della giornata, constatando quanto quella che abbiamo subito sia stata un'ingiustizia fondata soltanto sul pregiudizio",
    ("aceto", "dichiara [[Aceto]]"), "neutral")

d.C("vietano alcune attrazioni a persone particolarmente sensibili a \"reazioni incontrollate\"",
    ("gardaland", "responsabili di [[Gardaland]]"))
# Reportative conditional giving the magistrate's reason.
d.C("rappresenterebbero una \"discriminazione razziale\"", ("aceto", "[[Il magistrato]] ha"))
# "ha denunciato ... quella che a prima vista apparirebbe come ...": noun-phrase object, not a claim.
# "da qualche giorno", "alcuni giorni addietro": not dates.

# ---------------- it-wn-0141 (spare for it-wn-0145, dev) ----------------
d = D("it-wn-0141", "it", split="dev")
d.A("soldi", None, "Andrea Soldi", "person", "Andrea Soldi")
d.A("aldrovandi", None, "Federico Aldrovandi", "person", "Federico Aldrovandi")
d.A("cucchi", None, "Stefano Cucchi", "person", "Stefano Cucchi")
d.A("uva", None, "Giuseppe Uva", "person", "Giuseppe Uva")

# The passage opens inside the quote: its speaker is not in the text.
d.Q("non si trattano così nemmeno le bestie da portare al macello. Se ripenso a quella scena mi viene da piangere. Io ho portato la divisa per una vita, so cos'è il senso del dovere e dello Stato. E l'altro giorno, mi creda, il senso dello Stato qui non c'era",
    None, "neutral")
# "silenzio" is a scare quote.

d.Dt("1991", "1991", "year")
d.E("1991", "Andrea Soldi, 45 anni, soffriva di schizofrenia dal 1991, quando durante il servizio di leva ebbe la sua prima crisi", ["soldi"])
# "l'altro giorno", "quel tragico mercoledì": not resolvable, not listed.

# ---------------- it-wn-0277 (spare for it-wn-0198, dev) ----------------
d = D("it-wn-0277", "it", split="dev")
d.A("morandi", None, "Gianni Morandi", "person", ("ALL", "Morandi"))
d.A("mrazova", None, "Ivana Mrázová", "person", "Mrázová")
d.A("cucciari", None, "Geppi Cucciari", "person", "Geppi Cucciari")
d.A("belen", None, "Belén Rodríguez", "person", "Belén Rodríguez")
d.A("zilli", None, "Nina Zilli", "person", "Nina Zilli")
d.A("renga", None, "Francesco Renga", "person", "Francesco Renga")
d.A("celentano", None, "Adriano Celentano", "person", "Adriano Celentano", "Molleggiato")
d.A("famcrist", None, "Famiglia Cristiana", "media", "Famiglia Cristiana")
d.A("avvenire", None, "Avvenire", "media", "Avvenire")
d.A("jesus", None, "Jesus", "person", "Gesù")

# "Stiamo uniti!", "Stiamo italiani!", "Stiamo europei!" are versions of Morandi's
# slogan; "spalla", "farfallina" and "Molleggiato" (a nickname) are not quotes.
d.Q("Ma io vengo dalla Repubblica Ceca!", ("mrazova", "Mrázová"), "neutral")
d.Q("per scendere le scale di Sanremo bisogna togliersi qualcosa...", ("cucciari", "Geppi Cucciari"), "neutral")
d.Q("Quando sono qui, mi si secca sempre la voce. Come mai?", ("celentano", "Adriano Celentano"), "neutral")
d.Q("Loro parlano di politica, anziché parlare della politica di Dio... perché anche Gesù era un politico...",
    ("celentano", "Molleggiato"), "neutral")
# "l'anno scorso" (no publication date), "22:15", "22:35" (times of day): not listed.
