from helper import *

# ---------------- IT1 ----------------
d = D("intercettazioni-trojan", "it", "Intercettazioni, il governo limita i trojan. I magistrati protestano", """
Il governo italiano ha approvato ieri in Consiglio dei ministri un disegno di legge che restringe l'uso dei captatori informatici, i cosiddetti «trojan», nelle indagini. Secondo il ministero della Giustizia, il testo punta a evitare abusi e a proteggere la riservatezza delle persone estranee ai procedimenti. Il ministero ha dichiarato che i dati raccolti ma non rilevanti dovranno essere distrutti entro trenta giorni.

L'Associazione nazionale magistrati ha criticato duramente il provvedimento. «Togliere questi strumenti significa lasciare le procure cieche davanti alle chat cifrate», ha detto il presidente dell'Anm, aggiungendo: «Le organizzazioni criminali usano da anni piattaforme come Sky ECC ed EncroChat. Noi dobbiamo poterle seguire.»

Secondo quanto riporta il Corriere della Sera, nel 2024 le procure italiane avrebbero speso oltre 200 milioni di euro in intercettazioni. Una parte crescente riguarderebbe proprio i captatori.

Di parere opposto il Garante per la protezione dei dati personali, che già nel 2021 aveva chiesto regole più severe sull'uso dei trojan.

«Un trojan trasforma il telefono in una microspia permanente», spiega Giulia Ferraris, avvocata penalista torinese e membro dell'associazione Diritti Digitali Piemonte. «Con una sola autorizzazione si accede a tutto: messaggi, foto, microfono.»

Il disegno di legge passerà ora all'esame del Parlamento, dove il dibattito è atteso per fine febbraio.
""", "2025-01-29")
d.A("itgov", "italian-government", "Italian Government", "government", "Il governo italiano", "Consiglio dei ministri")
d.A("mingiu", None, "Ministero della Giustizia (Italia)", "ministry", "il ministero della Giustizia", "Il ministero")
d.A("anm", None, "Associazione nazionale magistrati", "ngo", "L'Associazione nazionale magistrati", "il presidente dell'Anm")
d.A("corriere", "corriere-della-sera", "Corriere della Sera", "media", "il Corriere della Sera")
d.A("garante", None, "Garante per la protezione dei dati personali", "agency", "il Garante per la protezione dei dati personali")
d.A("ferraris", None, "Giulia Ferraris", "person", "Giulia Ferraris")
d.A("ddp", None, "Diritti Digitali Piemonte", "ngo", "Diritti Digitali Piemonte")
d.A("parl", None, "Parlamento italiano", "legislature", "Parlamento")

d.Q("Togliere questi strumenti significa lasciare le procure cieche davanti alle chat cifrate", ("anm", "il presidente dell'Anm"), "for")
d.Q("Le organizzazioni criminali usano da anni piattaforme come Sky ECC ed EncroChat. Noi dobbiamo poterle seguire.", ("anm", "il presidente dell'Anm"), "for")
d.Q("Un trojan trasforma il telefono in una microspia permanente", ("ferraris", "Giulia Ferraris"), "against")
d.Q("Con una sola autorizzazione si accede a tutto: messaggi, foto, microfono.", ("ferraris", "Giulia Ferraris"), "against")

d.C("il testo punta a evitare abusi e a proteggere la riservatezza delle persone estranee ai procedimenti", ("mingiu", "il ministero della Giustizia"))
d.C("i dati raccolti ma non rilevanti dovranno essere distrutti entro trenta giorni", ("mingiu", "Il ministero"))
d.C("nel 2024 le procure italiane avrebbero speso oltre 200 milioni di euro in intercettazioni", ("corriere", "il Corriere della Sera"))
d.C("Una parte crescente riguarderebbe proprio i captatori", ("corriere", "il Corriere della Sera"))

d.Dt("ieri", "2025-01-28", "day")
d.Dt("2024", "2024", "year")
d.Dt("2021", "2021", "year")
d.Dt("fine febbraio", "2025-02", "month", True)
d.E("ieri", "Il governo italiano ha approvato ieri in Consiglio dei ministri un disegno di legge che restringe l'uso dei captatori informatici, i cosiddetti «trojan», nelle indagini", ["itgov"])
d.E("2021", "Di parere opposto il Garante per la protezione dei dati personali, che già nel 2021 aveva chiesto regole più severe sull'uso dei trojan", ["garante"])
d.E("fine febbraio", "Il disegno di legge passerà ora all'esame del Parlamento, dove il dibattito è atteso per fine febbraio", ["parl"])

# ---------------- IT2 ----------------
d = D("apple-icloud-regno-unito", "it", "Apple spegne la crittografia avanzata di iCloud nel Regno Unito", """
Apple ha annunciato venerdì che non offrirà più la Protezione avanzata dei dati di iCloud agli utenti britannici. La decisione arriva dopo una richiesta del governo di Londra. Secondo il Financial Times, l'esecutivo britannico aveva chiesto all'azienda, già a gennaio, di consentire l'accesso ai backup cifrati di qualsiasi utente nel mondo.

Gli utenti che hanno già attivato la funzione dovranno disattivarla in un secondo momento, ha precisato la società di Cupertino. “Continuiamo a sperare di poter offrire in futuro il massimo livello di sicurezza ai nostri utenti nel Regno Unito”, ha scritto l'azienda in una nota.

Il ministero dell'Interno britannico si è rifiutato di commentare. Un portavoce del governo ha però dichiarato che le richieste di accesso ai dati sono sempre soggette a controlli indipendenti.

Per Privacy International, che ha sede a Londra, si tratta di un precedente pericoloso. L'organizzazione ha annunciato che presenterà ricorso all'Investigatory Powers Tribunal.

Anche in Italia il caso ha sollevato preoccupazioni. Ieri il professor Marco Bellini, docente di sicurezza informatica al Politecnico di Milano, ha spiegato che una “backdoor” pensata per un solo Paese finirebbe inevitabilmente per esporre gli utenti di tutto il mondo. “Oggi tocca ai britannici, domani potrebbe toccare a noi”, ha aggiunto.

Tim Cook non ha commentato pubblicamente la vicenda. Nel 2016 l'amministratore delegato di Apple si era opposto alla richiesta dell'Fbi di sbloccare l'iPhone dell'attentatore di San Bernardino.
""", "2025-02-22")
d.A("apple", "apple", "Apple", "company", ("ALL", "Apple"), "la società di Cupertino", "ha scritto [[l'azienda]]")
d.A("ukgov", "uk-government", "UK Government", "government", "governo di Londra", "l'esecutivo britannico", "Un portavoce del governo")
d.A("ft", "financial-times", "Financial Times", "media", "il Financial Times")
d.A("ho", "uk-home-office", "Home Office", "ministry", "Il ministero dell'Interno britannico")
d.A("pi", "privacy-international", "Privacy International", "ngo", "Privacy International", "L'organizzazione")
d.A("ipt", None, "Investigatory Powers Tribunal", "court", "Investigatory Powers Tribunal")
d.A("bellini", None, "Marco Bellini", "person", "Marco Bellini")
d.A("polimi", None, "Politecnico di Milano", "academic", "Politecnico di Milano")
d.A("cook", "tim-cook", "Tim Cook", "person", "Tim Cook", "l'amministratore delegato di Apple")
d.A("fbi", "fbi", "FBI", "agency", "Fbi")

d.Q("Continuiamo a sperare di poter offrire in futuro il massimo livello di sicurezza ai nostri utenti nel Regno Unito", ("apple", "ha scritto [[l'azienda]]"), "against")
d.Q("Oggi tocca ai britannici, domani potrebbe toccare a noi", ("bellini", "Marco Bellini"), "against")

d.C("non offrirà più la Protezione avanzata dei dati di iCloud agli utenti britannici", ("apple", "[[Apple]] ha annunciato"))
d.C("l'esecutivo britannico aveva chiesto all'azienda, già a gennaio, di consentire l'accesso ai backup cifrati di qualsiasi utente nel mondo", ("ft", "il Financial Times"))
d.C("Gli utenti che hanno già attivato la funzione dovranno disattivarla in un secondo momento", ("apple", "la società di Cupertino"))
d.C("le richieste di accesso ai dati sono sempre soggette a controlli indipendenti", ("ukgov", "Un portavoce del governo"))
d.C("si tratta di un precedente pericoloso", ("pi", "Privacy International"))
d.C("presenterà ricorso all'Investigatory Powers Tribunal", ("pi", "L'organizzazione"))
d.C("una “backdoor” pensata per un solo Paese finirebbe inevitabilmente per esporre gli utenti di tutto il mondo", ("bellini", "Marco Bellini"))

d.Dt("venerdì", "2025-02-21", "day")
d.Dt("gennaio", "2025-01", "month")
d.Dt("Ieri", "2025-02-21", "day")
d.Dt("2016", "2016", "year")
d.E("venerdì", "Apple ha annunciato venerdì che non offrirà più la Protezione avanzata dei dati di iCloud agli utenti britannici", ["apple"])
d.E("gennaio", "Secondo il Financial Times, l'esecutivo britannico aveva chiesto all'azienda, già a gennaio, di consentire l'accesso ai backup cifrati di qualsiasi utente nel mondo", ["ukgov", "apple"])
d.E("Ieri", "Ieri il professor Marco Bellini, docente di sicurezza informatica al Politecnico di Milano, ha spiegato che una “backdoor” pensata per un solo Paese finirebbe inevitabilmente per esporre gli utenti di tutto il mondo", ["bellini"])
d.E("2016", "Nel 2016 l'amministratore delegato di Apple si era opposto alla richiesta dell'Fbi di sbloccare l'iPhone dell'attentatore di San Bernardino", ["cook", "fbi"])

# ---------------- IT3 ----------------
d = D("signal-europol", "it", "Europol rilancia sull'accesso ai dati cifrati. Signal: pronti a lasciare l'Europa", """
Europol torna a chiedere strumenti per accedere alle comunicazioni cifrate. Nel suo ultimo rapporto sulla criminalità organizzata, pubblicato la settimana scorsa, l'agenzia europea sostiene che oltre il 90 per cento delle reti criminali analizzate utilizza applicazioni di messaggistica protette da crittografia end-to-end.

Secondo Europol, le forze di polizia avrebbero bisogno di un accesso legale e mirato ai contenuti, senza però indebolire la sicurezza generale.

La risposta di Signal non si è fatta attendere. «Non esiste una crittografia che funzioni solo per i buoni», ha spiegato Meredith Whittaker, presidente della fondazione che gestisce l'app, «e non la costruiremo.» Whittaker ha dichiarato che Signal lascerebbe il mercato europeo piuttosto che installare sistemi di scansione.

A Torino, la start-up CifraLab, che sviluppa un'app di messaggistica per le piccole imprese, osserva il dibattito con preoccupazione. Il suo fondatore, Davide Rinaldi, racconta che due investitori stranieri hanno sospeso i finanziamenti a marzo. «Nessuno vuole mettere soldi in un prodotto che presto potrebbe essere fuorilegge», dice.

Il 1° aprile la Commissione europea ha presentato la strategia ProtectEU, che prevede una tabella di marcia sulla crittografia. In Italia, la Rete per i Diritti Digitali ha raccolto oltre 12.000 firme contro la proposta, riporta l'Ansa. Il governo italiano non ha ancora preso una posizione ufficiale.

Nel dicembre 2020 il Consiglio dell'Ue aveva adottato una risoluzione intitolata «Sicurezza attraverso la crittografia e sicurezza nonostante la crittografia».
""", "2025-04-16")
d.A("europol", "europol", "Europol", "agency", ("ALL", "Europol"), "l'agenzia europea")
d.A("signal", "signal", "Signal", "company", ("ALL", "Signal"))
d.A("mw", "meredith-whittaker", "Meredith Whittaker", "person", "Meredith Whittaker", "[[Whittaker]] ha dichiarato")
d.A("cifralab", None, "CifraLab", "company", "CifraLab")
d.A("rinaldi", None, "Davide Rinaldi", "person", "Davide Rinaldi")
d.A("ec", "european-commission", "European Commission", "eu-institution", "la Commissione europea")
d.A("rdd", None, "Rete per i Diritti Digitali", "ngo", "Rete per i Diritti Digitali")
d.A("ansa", None, "ANSA", "media", "Ansa")
d.A("itgov", "italian-government", "Italian Government", "government", "Il governo italiano")
d.A("council", "council-of-the-eu", "Council of the European Union", "eu-institution", "il Consiglio dell'Ue")

d.Q("Non esiste una crittografia che funzioni solo per i buoni", ("mw", "Meredith Whittaker"), "against")
d.Q("e non la costruiremo.", ("mw", "Meredith Whittaker"), "against")
d.Q("Nessuno vuole mettere soldi in un prodotto che presto potrebbe essere fuorilegge", ("rinaldi", "Davide Rinaldi"), "against")

d.C("oltre il 90 per cento delle reti criminali analizzate utilizza applicazioni di messaggistica protette da crittografia end-to-end", ("europol", "l'agenzia europea"))
d.C("le forze di polizia avrebbero bisogno di un accesso legale e mirato ai contenuti, senza però indebolire la sicurezza generale", ("europol", "Secondo [[Europol]]"))
d.C("Signal lascerebbe il mercato europeo piuttosto che installare sistemi di scansione", ("mw", "[[Whittaker]] ha dichiarato"))
d.C("due investitori stranieri hanno sospeso i finanziamenti a marzo", ("rinaldi", "Davide Rinaldi"))
d.C("In Italia, la Rete per i Diritti Digitali ha raccolto oltre 12.000 firme contro la proposta", ("ansa", "Ansa"))

d.Dt("la settimana scorsa", "2025-04-09", "day", True)
d.Dt("marzo", "2025-03", "month")
d.Dt("1° aprile", "2025-04-01", "day")
d.Dt("dicembre 2020", "2020-12", "month")
d.E("la settimana scorsa", "Nel suo ultimo rapporto sulla criminalità organizzata, pubblicato la settimana scorsa, l'agenzia europea sostiene che oltre il 90 per cento delle reti criminali analizzate utilizza applicazioni di messaggistica protette da crittografia end-to-end", ["europol"])
d.E("1° aprile", "Il 1° aprile la Commissione europea ha presentato la strategia ProtectEU, che prevede una tabella di marcia sulla crittografia", ["ec"])
d.E("dicembre 2020", "Nel dicembre 2020 il Consiglio dell'Ue aveva adottato una risoluzione intitolata «Sicurezza attraverso la crittografia e sicurezza nonostante la crittografia»", ["council"])
