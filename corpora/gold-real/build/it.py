from helper import *

# Italian Wikinews passages (KIND): no title, no publication date (published is null).
# Relative dates (ieri, oggi, lunedì) and day/month dates without a year in the text
# cannot be resolved and are not listed; events hang only on listed dates.
#
# Skipped (neither a quote nor a reported claim) and replaced by the next spare,
# which takes the skipped document's split:
#   it-wn-0016 (test) -> it-wn-0076   it-wn-0274 (dev) -> it-wn-0233
#   it-wn-0276 (dev)  -> it-wn-0104   it-wn-0158 (dev) -> it-wn-0210
#   it-wn-0255 (dev)  -> it-wn-0134   it-wn-0063 (dev) -> it-wn-0281

# ---------------- it-wn-0076 (spare for it-wn-0016, test) ----------------
d = D("it-wn-0076", "it", split="test")
d.A("itgov", "italian-government", "Italian Government", "government", "Governo italiano", "ringrazia l'[[Italia]] per")
d.A("un", "united-nations", "United Nations", "other", ("ALL", "ONU"))
d.A("conte", None, "Giuseppe Conte", "person", "[[Il premier italiano]] fa sapere", "Conte", "[[il premier italiano]] cita")
d.A("trump", "donald-trump", "Donald Trump", "person", "Donald Trump")
d.A("putin", None, "Vladimir Putin", "person", "Vladimir Putin", "Il presidente russo")
d.A("medvedev", None, "Dmitry Medvedev", "person", "Dmitrij Medvedev")
d.A("rugov", "russian-government", "Russian government", "government", "la «[[Russia]] è")
d.A("haftar", None, "Khalifa Haftar", "person", ("ALL", "Haftar"))
d.A("mandela", None, "Nelson Mandela", "person", "Nelson Mandela")
d.A("salame", None, "Ghassan Salamé", "person", "Ghassam Salamè")
d.A("tusk", None, "Donald Tusk", "person", "Donald Tusk")
d.A("euco", "european-council", "European Council", "eu-institution", "Consiglio Ue")
d.A("eu", "european-union", "European Union", "eu-institution", "Unione")
d.A("mogherini", None, "Federica Mogherini", "person", "Federica Mogherini")
d.A("turkey", None, "Turkish government", "government", "Turchia")
d.A("sarraj", None, "Fayez al-Sarraj", "person", "Sarraj")

d.Q("«[[fiducioso]]»", ("medvedev", "Dmitrij Medvedev"), "neutral")
d.Q("«[[progressi]]»", ("medvedev", "Dmitrij Medvedev"), "neutral")
d.Q("Russia è anche pronta a prendere parte alla ricostruzione dell'economia della Libia e al miglioramento delle condizioni sociali",
    ("medvedev", "Dmitrij Medvedev"), "neutral")
d.Q("Il compromesso è l'arte della leadership e i compromessi si fanno con gli avversari, non con gli amici",
    ("conte", "[[il premier italiano]] cita"), "neutral")
d.Q("c'è stato un impegno serio da parte dei libici presenti", ("salame", "Ghassam Salamè"), "neutral")

d.C("aver invitato anche Donald Trump e Vladimir Putin", ("conte", "[[Il premier italiano]] fa sapere"))
d.C("si possano ottenere «progressi»", ("medvedev", "Dmitrij Medvedev"))
d.C("sentirsi più tranquillo perché «c'è stato un impegno serio da parte dei libici presenti»", ("salame", "Ghassam Salamè"))
# "ieri", "13 novembre" (no year in the text): not resolvable, not listed.

# ---------------- it-wn-0067 (dev) ----------------
d = D("it-wn-0067", "it")
d.A("mayweather", None, "Floyd Mayweather Jr.", "person", "Mayweather")
d.A("canelo", None, "Saúl Álvarez", "person", ("ALL", "Canelo"))
d.A("broner", None, "Adrien Broner", "person", ("ALL", "Adrien Broner"))

d.Q("volevo fare K.O. ma ho sbattuto al gomito nel 5º round e per un paio non mi riuscivano i jab. Canelo ci ha messo il cuore e sarà il futuro del pugilato, insieme ad Adrien Broner e tanti altri campioni là fuori; dovranno solo aspettare il loro turno",
    ("mayweather", "Mayweather"), "neutral")

d.C("essersi limitato ad applicare i consigli provenienti dal suo angolo e segnatamente da suo padre, il quale gli ha suggerito una strategia efficace",
    ("mayweather", "Mayweather"))
# The English original "(I wanted a knockout ..." has no quotation marks and is the
# same utterance as the quote: not annotated.

# ---------------- it-wn-0057 (test) ----------------
d = D("it-wn-0057", "it")
d.A("adusbef", None, "Adusbef", "ngo", "Adusbef")
d.A("codacons", None, "Codacons", "ngo", ("ALL", "Codacons"))
d.A("rienzi", None, "Carlo Rienzi", "person", "Carlo Rienzi")
d.A("grillo", None, "Beppe Grillo", "person", "Beppe Grillo")
d.A("idv", None, "Italia dei Valori", "other", "Italia dei Valori")
d.A("raiti", None, "Salvatore Raiti", "person", "Salvatore Raiti")
d.A("verdi", None, "Federazione dei Verdi", "other", "Verdi")
d.A("trepiccione", None, "Giuseppe Trepiccione", "person", "Giuseppe Trepiccione")
d.A("margherita", None, "La Margherita", "other", "Margherita")
d.A("calabro", None, "Corrado Calabrò", "person", "Corrado Calabrò")

# "superficiali" is a scare quote.
d.Q("un vero e proprio misfatto", ("codacons", "Adusbef e [[Codacons]] che"), "neutral")
d.Q("anche una sola settimana di slittamento comporterebbe un ingente danno economico agli utenti, per anni sottoposti a questo odioso balzello",
    ("codacons", "Adusbef e [[Codacons]] che"), "neutral")
d.Q("In caso di rinvio", ("rienzi", "Carlo Rienzi"), "neutral")
d.Q("gli unici a rimetterci sarebbero i consumatori, a tutto vantaggio dei già ricchi gestori telefonici", ("rienzi", "Carlo Rienzi"), "neutral")
d.Q("ministri in ostaggio", ("grillo", "Beppe Grillo"), "neutral")
d.Q("un semestre bianco alle compagnie telefoniche spostando i tempi dell'abolizione dei costi di ricarica", ("grillo", "Beppe Grillo"), "neutral")

d.C("chi, all'interno della maggioranza, voglia vanificare gli sforzi del decreto, e regalare \"un semestre bianco alle compagnie telefoniche spostando i tempi dell'abolizione dei costi di ricarica\"",
    ("grillo", "Beppe Grillo"))
# "11 febbraio scorso" (no year in the text), "oggi, martedì": not resolvable, not listed.

# ---------------- it-wn-0297 (test) ----------------
d = D("it-wn-0297", "it")
d.A("bjn", None, "Beijing News", "media", ("ALL", "Beijing News"), "Secondo [[il giornale]], Google", "[[il giornale cinese]] accusa")
d.A("google", "google", "Google", "company", ("ALL", "Google"), "la compagnia di Mountain View")
d.A("ganji", None, "Ganji.com", "company", "Ganji.com")
d.A("cngov", "chinese-government", "Chinese government", "government", "regime di Pechino")
d.A("yahoo", None, "Yahoo!", "company", "Yahoo!")
d.A("ms", "microsoft", "Microsoft", "company", "Microsoft")

d.Q("Non abbiamo nulla da nascondere", ("google", "la compagnia di Mountain View"), "neutral")

d.C("Google, il più grande motore di ricerca del mondo, opera illegalmente in territorio cinese", ("bjn", "Il quotidiano cinese [[Beijing News]] ha"))
d.C("Google non opera nel rispetto delle leggi cinesi sull'utilizzo di internet", ("bjn", "Secondo [[il giornale]], Google"))
d.C("non partecipare alla società", ("bjn", "[[il giornale cinese]] accusa"))
d.C("ogni eventuale acquisizione servirebbe soltanto per ottenere la licenza per operare in Cina", ("bjn", "[[il giornale cinese]] accusa"))
d.C("a fondo pagina, si può vedere il numero di licenza e la compagnia partner che mettono in regola il motore di ricerca", ("google", "risposta di [[Google]]"))
# "oggi": not resolvable, not listed.

# ---------------- it-wn-0221 (dev) ----------------
d = D("it-wn-0221", "it")
d.A("kjn", None, "Kim Jong-nam", "person", ("ALL", "Kim Jong-nam"), "[[Kim]] era all'aeroporto", "che [[Kim]] «si", "[[Kim]] è però morto")
d.A("kju", None, "Kim Jong-un", "person", ("ALL", "Kim Jong-un"))
d.A("police", None, "Royal Malaysia Police", "agency", "La polizia", "un poliziotto")
d.A("chosun", None, "TV Chosun", "media", "Chosum")

d.Q("Sembra che qualcuno lo abbia afferrato o abbia tenuto la sua faccia da dietro", ("police", "un poliziotto"), "neutral")
d.Q("si è sentito stordito e ha chiesto aiuto al desk dell'aeroporto", ("police", "un poliziotto"), "neutral")

# Reportative conditional with no named source.
d.C("La causa della morte, avvenuta all'aeroporto di Kuala Lumpur (Malesia), sarebbe l'avvelenamento", None)
d.C("Kim Jong-nam sarebbe stato avvelenato tramite un ago da due donne, ritenute agenti della Corea del Nord, poi fuggite in taxi e che ora sono ricercate",
    ("chosun", "Chosum"))
# "Lunedì": not resolvable, not listed.

# ---------------- it-wn-0022 (dev) ----------------
d = D("it-wn-0022", "it")
d.A("ansar", None, "Ansar Eddine", "other", ("ALL", "Ansar Eddine"), "l'organizzazione islamica")
d.A("icc", None, "International Criminal Court", "court", "Corte Penale Internazionale")
d.A("bensouda", None, "Fatou Bensouda", "person", "Fatou Bensouda")
d.A("alrm", None, "Associazione dei leader religiosi del Mali", "ngo", "L'Associazione dei leader religiosi del Mali")
d.A("muhammad", None, "Muhammad", "person", "il Profeta", "Maometto")
d.A("unesco", None, "UNESCO", "other", "UNESCO")

d.Q("Il mio messaggio a coloro che sono coinvolti in questo atto criminale è chiaro: fermare la distruzione delle proprietà religiose. Si tratta di un crimine di guerra per la quale i miei servizi sono pienamente autorizzati a indagare",
    ("bensouda", "Fatou Bensouda"), "neutral")
d.Q("anche il Profeta (Maometto, ndr) avrebbe visitato le tombe e mausolei. Questa è intolleranza",
    ("alrm", "L'Associazione dei leader religiosi del Mali"), "neutral")
d.Q("agire per conto di Dio", ("ansar", "l'organizzazione islamica"), "neutral")

d.C("la sua apertura non causerebbe la fine del mondo", ("ansar", "I membri di [[Ansar Eddine]]"))
d.C("attaccare le moschee di organizzazione islamica della città", ("ansar", "[[Ansar Eddine]] –"))
# "28 giugno" (no year in the text), "il fine settimana scorso": not resolvable, not listed.

# ---------------- it-wn-0049 (test) ----------------
d = D("it-wn-0049", "it")
d.A("ds", None, "Democratici di Sinistra", "other", "il ds")
d.A("mistretta", None, "Comune di Mistretta", "government", "Mistretta")
d.A("veltroni", None, "Walter Veltroni", "person", "Walter Veltroni")
d.A("chiamparino", None, "Sergio Chiamparino", "person", "Sergio Chiamparino")
d.A("cofferati", None, "Sergio Cofferati", "person", "Sergio Cofferati")

d.Q("Risponde a una logica banale e per nulla attenta all'interesse delle istituzioni stabilire la progressiva soppressione delle province sulla base di semplici calcoli numerici: avremmo fatto meglio a votare un computer",
    ("ds", "il ds"), "neutral")
d.Q("Come sopprimere le province di Gorizia? O Aosta, o Vercelli, sede della seconda università del Piemonte? Ed Enna che è sede anch'essa di una università con quasi 10.000 studenti? È pura follia, ma non ci riusciranno!",
    ("ds", "il ds"), "neutral")

# Claimant: "7 comuni del Messinese, tra cui Mistretta" (a partly named group) -> null.
d.C("volere far parte della Provincia di Enna", None)

# ---------------- it-wn-0233 (spare for it-wn-0274, dev) ----------------
d = D("it-wn-0233", "it", split="dev")
d.A("prince", None, "Prince", "person", ("ALL", "Prince"))
d.A("perry", None, "Katy Perry", "person", "Katy Perry")
d.A("williams", None, "Robbie Williams", "person", "Robbie Williams")
d.A("madonna", None, "Madonna", "person", "Madonna")

d.Q("E così... Il mondo ha perso un sacco di magia. Riposa in pace, e grazie per averci donato così tanto", ("perry", "Katy Perry"), "neutral")
d.Q("Ora anche Prince. No, no, no... Riposa in pace genio", ("williams", "Robbie Williams"), "neutral")
d.Q("devastata", ("madonna", "Madonna"), "neutral")

# ---------------- it-wn-0104 (spare for it-wn-0276, dev) ----------------
d = D("it-wn-0104", "it", split="dev")
d.A("bowser", None, "Muriel Bowser", "person", "Muriel Bowser")
d.A("natguard", None, "National Guard (United States)", "agency", "Guardia Nazionale")
d.A("capit", None, "Capitaneria di Porto di Imperia", "agency", "la [[Capitaneria di Porto]] durante", "Capitaneria del Porto")
d.A("manconi", None, "Danilo Manconi", "person", "Danilo Manconi")

# "sostituire" (scare quote) and "Salvataggio" (the shirt's lettering) are not quotes.
d.C("il colpevole ha violato l'ordinanza balneare allontanandosi dalla postazione e non indossando la maglietta con scritta \"Salvataggio\"",
    ("manconi", "Danilo Manconi"))
# "stamattina", "Nei prossimi giorni": not resolvable, not listed.

# ---------------- it-wn-0210 (spare for it-wn-0158, dev) ----------------
d = D("it-wn-0210", "it", split="dev")
d.A("un", "united-nations", "United Nations", "other", "ONU")
d.A("eu", "european-union", "European Union", "eu-institution", ("ALL", "Unione europea"))
d.A("nato", None, "North Atlantic Treaty Organization", "other", ("ALL", "NATO"))
d.A("lavrov", None, "Sergey Lavrov", "person", "Sergej Viktorovič Lavrov")
d.A("mkgov", None, "Government of North Macedonia", "government", "Il governo del primo ministro Zoran Zaev")
d.A("zaev", None, "Zoran Zaev", "person", "Zoran Zaev")

# The referendum question: asked by the referendum (promoted by the unnamed
# pro-Russian opposition) -> speaker null. “Former Yugoslav Republic of Macedonia” is a name.
d.Q("Sei a favore dell'adesione all'Unione europea e alla NATO, accettando l'accordo tra la Repubblica di Macedonia e la Repubblica di Grecia?",
    None, "neutral")

d.Dt("1993", "1993", "year")
d.Dt("settembre 2018", "2018-09", "month")
d.E("1993", "Nel 1993 l'ONU subordinò l'ingresso della Macedonia nell'organizzazione alla condizione che il suo nome ufficiale fosse “Former Yugoslav Republic of Macedonia” (FYROM)", ["un"])

# ---------------- it-wn-0134 (spare for it-wn-0255, dev) ----------------
d = D("it-wn-0134", "it", split="dev")
d.A("avakov", None, "Arsen Avakov", "person", "Arsen Avakov")
d.A("uagov", None, "Ukrainian government", "government", "Nella serata di ieri, l'[[Ucraina]] ha", "Ma l'[[Ucraina]] crede")
d.A("rugov", "russian-government", "Russian government", "government", "accusato [[il governo russo]] di", "[[il governo russo]] ha negato",
    "chiesto alla [[Russia]] l'estradizione")
d.A("yanuk", None, "Viktor Yanukovych", "person", "Viktor Janukovyč", "Janukovyċ")
d.A("usgov", "us-government", "US Government", "government", "USA")

d.Q("neofascisti", ("yanuk", "Janukovyċ"), "neutral")
d.Q("milizia popolare della Crimea", None, "neutral")

d.C("aver invaso e occupato la Repubblica autonoma", ("avakov", "Arsen Avakov"))
d.C("fuggendo dall'Ucraina è divenuto illegittimo", ("usgov", "USA"))
d.C("gli estremisti siano «milizia popolare della Crimea»", None)
# "Ieri", "Nella serata di ieri": not resolvable, not listed.

# ---------------- it-wn-0281 (spare for it-wn-0063, dev) ----------------
d = D("it-wn-0281", "it", split="dev")
d.A("idv", None, "Italia dei Valori", "other", "Italia dei Valori", ("ALL", "IdV"))
d.A("dipietro", None, "Antonio Di Pietro", "person", "Di Pietro")
d.A("pd", None, "Partito Democratico", "other", "Partito Democratico")
d.A("rivera", None, "Andrea Rivera", "person", "Andrea Rivera")
d.A("haider", None, "Jörg Haider", "person", "Jörg Haider")

# "Lodo Alfano", "Lodo Consolo": names of laws, not quotes.
d.Q("difesa della democrazia", ("dipietro", "Di Pietro"), "neutral")
d.Q("minaccia posta dall'esecutivo", ("dipietro", "Di Pietro"), "neutral")
d.Q("non era da considerarsi antagonista", ("dipietro", "Di Pietro"), "neutral")
d.Q("una \"[[minaccia]]\" per", ("dipietro", "Di Pietro"), "neutral")
d.Q("un'occasione per essere uniti contro il governo", ("dipietro", "Di Pietro"), "neutral")

d.C("la coetanea e massiccia manifestazione organizzata dagli altri partiti di sinistra «non era da considerarsi antagonista» alla loro",
    ("dipietro", "Di Pietro"))
d.C("il Partito Democratico non doveva vedere tali manifestazioni come una \"minaccia\" per le altre opposizioni, ma «un'occasione per essere uniti contro il governo»",
    ("dipietro", "Di Pietro"))
# "11 ottobre", "8 luglio" (no year in the text), "ieri", "quel giorno": not resolvable, not listed.
