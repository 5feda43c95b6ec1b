from helper import *

# Italian Wikinews passages (KIND), batch c (selection-c.json, the six "dev" entries;
# no spare was needed: every document has a quote or a reported claim). As in it.py and
# it2.py: no title, no publication date (published is null); relative dates (oggi, ieri,
# questa mattina, negli scorsi giorni, il prossimo anno) are not listed; times of day
# (intorno alle 22, alle 12, 23:15) and decades (anni ottanta, anni novanta) are not
# dates; events hang only on listed dates. Stance is "neutral" throughout (nothing here
# is about encryption, surveillance or lawful access).

# ---------------- it-wn-0283 (dev) ----------------
d = D("it-wn-0283", "it")
d.A("dipietro", None, "Antonio Di Pietro", "person", ("ALL", "Di Pietro"), "sostenendo che [[l'ex giudice]] è",
    "il Ministro delle Infrastrutture del precedente governo")
d.A("fo", None, "Dario Fo", "person", "Dario Fo", "intervento di [[Fo]]", "coppia [[Fo]]-Rame", "[[Fo]] ha sorriso")
d.A("rame", None, "Franca Rame", "person", "Franca Rame", "Quest'ultima", "coppia Fo-[[Rame]]")
d.A("berlusconi", None, "Silvio Berlusconi", "person", "Berlusconi")
d.A("tremonti", None, "Giulio Tremonti", "person", "Giulio Tremonti")

# Partial quotes: Di Pietro's "augurio"; Rame's promised «estremamente breve» ("come
# promesso": her own words) and her statement about Di Pietro (quote + claim).
d.Q("un augurio da Nobel", ("dipietro", "Successivamente, [[Di Pietro]] ha"), "neutral")
d.Q("estremamente breve", ("rame", "Quest'ultima"), "neutral")
d.Q("l'unico uomo politico italiano con i coglioni", ("rame", "Quest'ultima"), "neutral")
# "Un uomo" (an unnamed individual): null speaker.
d.Q("e lasciatelo governare", None, "neutral")

d.C("l'ex giudice è «l'unico uomo politico italiano con i coglioni»", ("rame", "Quest'ultima"))
# "ha annunciato il raggiungimento di 250.000 firme", "discorso sulla necessità di porre
# freno al governo", "ha ricordato anche la norma", "aveva minacciato le dimissioni":
# noun-phrase objects, not claims. "salva Parmalat" is the decree's nickname: not a quote
# (and no mention of Parmalat). "il governo di Berlusconi", "al premier": object
# descriptions, not mentions.

d.Dt("2004", "2004", "year")
# The date sits in the parenthetical relative clause and dates Tremonti's threat.
d.E("2004", "Per concludere, intorno alle 22, Di Pietro si è prodotto in un altrettanto lungo discorso sulla necessità di porre freno al governo di Berlusconi, di cui ha ricordato anche la norma \"salva Parmalat\" (contro la quale nel 2004 Giulio Tremonti, allora ministro dell'Economia, aveva minacciato le dimissioni)",
    ["tremonti"])
# "intorno alle 22" (time of day), "fino ad allora": not dates.

# ---------------- it-wn-0188 (dev) ----------------
d = D("it-wn-0188", "it")
d.A("obama", None, "Barack Obama", "person", "Barack Obama")
d.A("lanza", None, "Adam Lanza", "person", "Adam Lanza", "[[L'uomo]] non ha avuto", "[[Il killer]], dopo aver")
d.A("nancy", None, "Nancy Lanza", "person", "la signora [[Nancy]]", "proprio [[lei]] ad insegnare", "La povera signora")

d.Q("Evitare altre tragedie come questa", ("obama", "Barack Obama"), "neutral")
# No reported claim: "non avrebbe mai pensato" (belief; narrative conditional),
# "sarebbe mancata all'appello" (future in the past), "hanno sentito sparare"
# (perception, unnamed witnesses). "gli agenti", "I testimoni": unnamed groups, no actor.
# "Usa:" in the headline is a place. "oggi", "Nelle ore a seguire": not listed.

# ---------------- it-wn-0208 (dev) ----------------
d = D("it-wn-0208", "it")
d.A("marchesini", None, "Anna Marchesini", "person", ("ALL", "Anna Marchesini"), "[[L'artista]], che aveva",
    "[[L'attrice]] era divenuta", "la [[Marchesini]] propose", "quando [[l'attrice]], intervistata")
d.A("facebook", "meta", "Meta (Facebook)", "company", "profilo [[Facebook]]")
d.A("solenghi", None, "Tullio Solenghi", "person", "Tullio Solenghi")
d.A("lopez", None, "Massimo Lopez", "person", "Massimo Lopez")
d.A("rai", None, "RAI", "media", "RAI")
d.A("trio", None, "Il Trio (Marchesini, Solenghi, Lopez)", "other", ("ALL", "Trio"))
d.A("galeazzi", None, "Giampiero Galeazzi", "person", "Giampiero Galeazzi")
d.A("fazio", None, "Fabio Fazio", "person", "Fabio Fazio")
d.A("pergola", None, "Teatro della Pergola", "other", "Teatro della Pergola")

d.Q("Non ci sono parole se non il ricordo del coraggio di una donna e di un'attrice", ("pergola", "Teatro della Pergola"), "neutral")
# «E siccome che sono ciecata» is a fictional character's catchphrase (like a slogan or a
# song line): not a quote. "Trio" is a name. "il fratello di Anna Marchesini" (unnamed)
# made the announcement: noun-phrase object, no claim, no actor. Merope Generosa, Signora
# Carlo, Sora Flora (characters) and "Che tempo che fa" (a programme) are not actors.

d.Dt("2014", "2014", "year")
d.E("2014", "L'ultima apparizione in TV di Anna Marchesini risale al 2014, quando l'attrice, intervistata da Fabio Fazio nella trasmissione Che tempo che fa..., parlò anche della sua malattia",
    ["marchesini", "fazio"])
# "questa mattina" (relative), "anni ottanta", "anni novanta" (decades), "62 anni" (age): not listed.

# ---------------- it-wn-0117 (dev) ----------------
d = D("it-wn-0117", "it")
d.A("messina", None, "Ignazio Messina & C.", "company", "\"[[Ignazio Messina]]\"")
d.A("capitaneria", None, "Capitaneria di porto di Genova", "agency", "capitaneria di porto")

# "Secondo le prime ricostruzioni" (no identified source) + reportative conditional.
d.C("il mercantile, diretto a Napoli, durante le operazioni di uscita dal porto si sarebbe avvitato su se stesso – forse a causa di un'avaria ai motori – andando poi ad impattare con la poppa contro la torre di controllo, una struttura in cemento armato dell'altezza di 50 metri",
    None)
# "Jolly Nero" (a ship's name) and "Ignazio Messina" (a company name) are not quotes; the
# ship is not an actor. "I soccorritori": unnamed group. "ieri", "23:15", "oggi",
# "per tutta la notte": not listed.

# ---------------- it-wn-0197 (dev) ----------------
d = D("it-wn-0197", "it")
d.A("parker", None, "Robbie Parker", "person", "Robbie Parker", "Il signor [[Parker]]")
d.A("emilie", None, "Emilie Parker", "person", "Emilie")
d.A("brunetta", None, "Renato Brunetta", "person", "L'annuncio di [[Brunetta]]", "Renato Brunetta", "il capo-dicastero",
    "intenzioni di [[Brunetta]]")
d.A("dipa", None, "Dipartimento per la Pubblica Amministrazione e l'Innovazione", "ministry",
    "Dipartimento per la Pubblica Amministrazione e l'Innovazione")
# "Lo Stato" acts (funds the project): the Italian government.
d.A("itgov", "italian-government", "Italian Government", "government", "Lo Stato")

d.C("quanto sia difficile elaborare il fatto che la sua figlioletta non ci sia più", ("parker", "Il signor [[Parker]]"))
# "dando le sue più sincere condoglianze": noun-phrase object, not a claim.

# The headline of the second article quotes Brunetta's announcement.
d.Q("Wi-fi per tutte le scuole entro il 2012", ("brunetta", "L'annuncio di [[Brunetta]]"), "neutral")
d.Q("cinquemila scuole nei prossimi sei mesi e le restanti cinquemila nei restanti sei mesi successivi",
    ("brunetta", "il capo-dicastero"), "neutral")
d.Q("il sogno di dare il kit per tutti i bambini delle scuole elementari", ("brunetta", "intenzioni di [[Brunetta]]"), "neutral")

# Partly quoted reported speech with the attribution in the middle ("come ha spiegato
# il capo-dicastero"): the claim is the whole sentence (spans are contiguous).
d.C("Il progetto, che vuole estendere la copertura Wi-Fi fin dentro le aule, si articolerà in due fasi, come ha spiegato il capo-dicastero, affinché «cinquemila scuole nei prossimi sei mesi e le restanti cinquemila nei restanti sei mesi successivi» ricevano la strumentazione necessaria",
    ("brunetta", "il capo-dicastero"))
# "Nelle intenzioni di Brunetta, vi è «il sogno ...»": an intention stated as a noun
# phrase, quote only.

d.Dt("2012", "2012", "year")
# An announced future step (a deadline), dated by the quote inside the headline.
d.E("2012", "L'annuncio di Brunetta: «Wi-fi per tutte le scuole entro il 2012»", ["brunetta"])
# "Da questa mattina alle 12" (relative; time of day), "nei prossimi sei mesi" (duration),
# "entro il mese di giugno del prossimo anno" (relative to an unknown date): not listed.

# ---------------- it-wn-0129 (dev) ----------------
d = D("it-wn-0129", "it")
d.A("schiffer", None, "Claudia Schiffer", "person", ("ALL", "Claudia Schiffer"), "[[Schiffer]] avrebbe ricevuto, però",
    "[[la modella]] sarebbe stata", "la portavoce della top model", "della [[Schiffer]] sul treno", "da [[Schiffer]].",
    "[[La modella]] è solita")
d.A("eurostar", None, "Eurostar International", "company", "società \"[[Eurostar]]\"")
d.A("sentilhes", None, "Grégoire Sentilhes", "person", "Gregoire Sentilhes")
d.A("brown", None, "Richard Brown", "person", "Richard Brown")
d.A("loreal", None, "L'Oréal", "company", "L'Oréal")

# Reportative conditionals with no identified source: null claimants (the headline too).
d.C("Claudia Schiffer avrebbe ricevuto trattamento di favore", None)
d.C("Ci sarebbe stata anche la supermodella tedesca Claudia Schiffer in uno degli Eurostar bloccati negli scorsi giorni nel tunnel della Manica", None)
d.C("Schiffer avrebbe ricevuto, però, un trattamento di favore rispetto ai comuni passeggeri", None)
# "Secondo alcuni testimoni" (unnamed group; the next sentence names only one of them): null.
d.C("dopo che il treno su cui viaggiava in prima classe si è fermato in seguito al guasto, la modella sarebbe stata fatta scendere a Folkestone per essere poi trasportata in auto a discapito degli altri passeggeri, tra i quali c'erano anziani in sedia a rotelle e donne incinte",
    None)
# Continuation sentence in the reportative mood: own claim, claimant of the previous one.
d.C("A testimoniare sarebbero stati un consulente medico, Gregoire Sentilhes (in treno con la moglie e tre figli), e altri passeggeri", None)
# Brown "non ha confermato né smentito la presenza" and the spokeswoman's "Lo ha fatto"
# (confirmed it): noun-phrase objects, not claims. "Eurostar" (a company name) is not a
# quote; "degli Eurostar bloccati" names the trains, not the company.

d.Dt("2009", "2009", "year")
d.Dt("2010", "2010", "year")
# "in una foto del 2009" (a caption, no act) and "Vancouver 2010:" (the next article's
# heading, the Games' name): no events. "negli scorsi giorni", "15 ore": not listed.
