from helper import *

# Spanish real-news gold: MEANTIME (Spanish translations of English Wikinews).
# meantime-es-024 (dev) has neither a quote nor a reported claim (product announcement
# only): skipped, replaced by the spare meantime-es-090 (split dev).

# ---------------- meantime-es-090 (replaces meantime-es-024) ----------------
d = D("meantime-es-090", "es", split="dev")
d.A("ryanair", None, "Ryanair", "company", ("ALL", "Ryanair"))
d.A("boeing", None, "Boeing", "company", "ejercer con [[Boeing]] su", "la elección de [[Boeing]]")
d.A("oleary", None, "Michael O'Leary", "person", "Michael O' Leary")

d.Q("El Boeing 737-800 tiene la mejor fiabilidad técnica y asegura que Ryanair es la principal compañía aérea europea en cuanto a puntualidad",
    ("oleary", "Michael O' Leary"), "neutral")
d.Q("Además, tiene el coste de operación por avión más bajo.", ("oleary", "Michael O' Leary"), "neutral")

d.C("va a ejercer con Boeing su derecho a comprar otros cinco aviones 737 nuevos", ("ryanair", "[[Ryanair]] ha anunciado"))

d.Dt("13 de junio del 2005", "2005-06-13", "day")
d.Dt("hoy", "2005-06-13", "day")
d.E("hoy", "La compañía irlandesa de bajo costo Ryanair ha anunciado hoy que va a ejercer con Boeing su derecho a comprar otros cinco aviones 737 nuevos",
    ["ryanair", "boeing"])

# ---------------- meantime-es-065 ----------------
d = D("meantime-es-065", "es")
d.A("airbus", None, "Airbus", "company", "superjumbo de [[Airbus]]", "[[Airbus]], mencionando")
d.A("sia", None, "Singapore Airlines", "company", ("ALL", "Singapore Airlines"))

d.Q("medidas de precaución", ("airbus", "[[Airbus]], mencionando"), "neutral")

d.C("dos de los motores Rolls-Royce Trent 900 del avión prototipo se iban a sustituir antes de empezar la gira", ("airbus", "[[Airbus]], mencionando"))

d.Dt("5 de noviembre del 2005", "2005-11-05", "day")
d.Dt("noviembre del 2006", "2006-11", "month")
d.Dt("11 de noviembre", "2005-11-11", "day")
d.E("noviembre del 2006", "Singapur sigue siendo la primera parada del avión, donde Singapore Airlines mostrará el avión que quieren introducir al servicio de transporte de pasajeros en noviembre del 2006", ["sia"])
d.E("11 de noviembre", "Se espera que el Airbus 380 lleve el distintivo de Singapore Airlines cuando llegue el 11 de noviembre, tres días más tarde de lo previsto", ["sia"])

# ---------------- meantime-es-107 ----------------
d = D("meantime-es-107", "es")
d.A("ford", None, "Ford Motor Company", "company", "[[Ford]] ofrece", "2007 [[Ford Motor Company]], el fabricante",
    "La oferta de [[Ford Motor Company]]", "oferta mejorada de [[Ford]]")
d.A("craiova", None, "Automobile Craiova", "company", "Automobile Craiova")
d.A("rogov", None, "Government of Romania", "government", "un funcionario rumano", "El gobierno de Rumanía")
d.A("vladescu", None, "Sebastian Vladescu", "person", "Sebastian Vladescu", "[[Vladescu]] añadió")
d.A("avas", None, "Agencia Estatal de la Propiedad (AVAS)", "agency", "Agencia Estatal de la Propiedad", "AVAS")
d.A("daewoo", None, "Daewoo Motors", "company", "Daewoo Motors")

d.Q("La oferta de Ford Motor Company para comprar el 72,4% es de 4,1556 $ por acción o 57 millones de $ en total",
    ("vladescu", "Sebastian Vladescu"), "neutral")

d.C("Ford Motor Company, el fabricante de coches estadounidense, va a pagar supuestamente 57 millones de $ (78 millones de US$) por el 72,4% de acciones de la planta de montaje rumana Automobile Craiova",
    ("rogov", "un funcionario rumano"))
d.C("probablemente el contrato se firmará el 12 de septiembre, en la muestra del automóvil de Fráncfort", ("vladescu", "[[Vladescu]] añadió"))

d.Dt("8 de septiembre del 2007", "2007-09-08", "day")
d.Dt("12 de septiembre", "2007-09-12", "day")
d.Dt("finales del 2006", "2006", "year", True)
d.E("12 de septiembre", "Vladescu añadió que probablemente el contrato se firmará el 12 de septiembre, en la muestra del automóvil de Fráncfort", ["vladescu"])
d.E("finales del 2006", "El gobierno de Rumanía compró a Daewoo Motors el fabricante de coches con base en Craiova a finales del 2006 por 51 millones de US$", ["rogov", "daewoo"])

# ---------------- meantime-es-018 ----------------
d = D("meantime-es-018", "es")
d.A("apple", "apple", "Apple", "company", "[[Apple]] regala", "Apple Inc.", "convocada por [[Apple]]", "CEO de [[Apple]]")
d.A("jobs", None, "Steve Jobs", "person", "Steve Jobs")

d.C("regalará una carcasa a los propietarios de su nuevo iPhone 4 por la creciente preocupación surgida en torno a la ubicación de la antena del dispositivo",
    ("apple", "Apple Inc."))

d.Dt("17 de julio de 2010", "2010-07-17", "day")
d.Dt("anunció el [[viernes]] que", "2010-07-16", "day")
d.Dt("viernes por la mañana", "2010-07-16", "day")
d.E("anunció el [[viernes]] que", "Apple Inc. anunció el viernes que regalará una carcasa a los propietarios de su nuevo iPhone 4 por la creciente preocupación surgida en torno a la ubicación de la antena del dispositivo", ["apple"])
d.E("viernes por la mañana", "El anuncio se realizó en una excepcional rueda de prensa convocada por Apple el viernes por la mañana", ["apple"])

# ---------------- meantime-es-086 ----------------
d = D("meantime-es-086", "es")
d.A("sia", None, "Singapore Airlines", "company", ("ALL", "Singapore Airlines"))
d.A("airbus", None, "Airbus", "company", ("ALL", "Airbus"), "la empresa")

d.Q("la principal raíz del problema es el hecho de que la réplica en 3D, que facilitaba el diseño de la instalación de los arneses eléctricos, se implementó tarde y los que estaban trabajando en ello estaban ya al límite de su capacidad de aprendizaje",
    ("airbus", "la empresa"), "neutral")

d.C("Airbus la indemnizará por el retraso adicional en la entrega de sus nuevos superjumbos A380", ("sia", "[[Singapore Airlines]] dice"))

d.Dt("5 de octubre del 2006", "2006-10-05", "day")
d.Dt("este año", "2006", "year")
d.Dt("octubre del 2007", "2007-10", "month")

# ---------------- meantime-es-116 ----------------
d = D("meantime-es-116", "es")
d.A("senate", "us-senate", "United States Senate", "legislature", "pasa el [[Senado]]", "Senado de los Estados Unidos", "del [[Senado]] ha sido")
d.A("chrysler", None, "Chrysler", "company", "Chrysler")
d.A("ford", None, "Ford Motor Company", "company", "Ford")
d.A("gm", None, "General Motors", "company", "General Motors")
d.A("gop", None, "Republican Party (United States)", "other", "Partido Republicano")
d.A("uaw", None, "United Auto Workers", "other", "United Auto Workers", ("ALL", "UAW"))

d.C("el sindicato United Auto Workers (UAW) debía aceptar un mayor recorte de salario el próximo año para poder uniformar sus sueldos con los de las compañías automovilísticas japonesas de Estados Unidos",
    ("gop", "Partido Republicano"))

d.Dt("12 de diciembre del 2008", "2008-12-12", "day")
d.Dt("próximo año", "2009", "year")
d.E("próximo año", "El proyecto de ley ha sido rechazado después de que la discusión bipartita sobre el rescate terminara cuando los lideres del Partido Republicano insistieron que el sindicato United Auto Workers (UAW) debía aceptar un mayor recorte de salario el próximo año para poder uniformar sus sueldos con los de las compañías automovilísticas japonesas de Estados Unidos",
    ["uaw", "gop"])

# ---------------- meantime-es-117 ----------------
d = D("meantime-es-117", "es")
d.A("gm", None, "General Motors", "company", ("ALL", "GM"), "General Motors", "[[la empresa]] ha dicho")

d.C("ha tenido 6.000 millones de $ de pérdidas en el primer trimestre del 2009, así como grandes caídas en los ingresos", ("gm", "General Motors"))
d.C("ha tenido una pérdida neta de 5.900 millones de $, o 9,66 $ por acción", ("gm", "[[la empresa]] ha dicho"))
d.C("las pérdidas del fabricante de coches superarán los 6.700 millones de $ o 11,05 $ por acción", None)

d.Dt("7 de mayo del 2009", "2009-05-07", "day")
d.Dt("primer trimestre del 2009", "2009", "year", True)
d.Dt("primer trimestre del año pasado", "2008", "year", True)
d.E("primer trimestre del 2009", "General Motors, la empresa automovilística de los Estados Unidos, ha anunciado que ha tenido 6.000 millones de $ de pérdidas en el primer trimestre del 2009, así como grandes caídas en los ingresos", ["gm"])
d.E("primer trimestre del año pasado", "En el primer trimestre del año pasado, GM declaró una pérdida de 381 millones de $, o 0,67 $ por acción", ["gm"])

# ---------------- meantime-es-099 ----------------
d = D("meantime-es-099", "es")
d.A("obama", None, "Barack Obama", "person", ("ALL", "Barack Obama"), "[[Obama]] explicó")
d.A("gm", None, "General Motors", "company", ("ALL", "GM"), ("ALL", "General Motors"))
d.A("usgov", "us-government", "US Government", "government", "gobierno de Estados Unidos")
d.A("cagov", "canadian-government", "Government of Canada", "government", "Canadá")
d.A("ongov", None, "Government of Ontario", "government", "Ontario")
d.A("degov", "german-government", "German Government", "government", "gobierno de Alemania")

d.Q("décadas en proceso", ("obama", "[[Obama]] explicó"), "neutral")
d.Q("perpetuar] las malas decisiones de negocio del pasado", ("obama", "[[Obama]] explicó"), "neutral")

d.C("ha solicitado la quiebra y la protección de capítulo 11 frente a sus acreedores", ("gm", "la declaración que [[GM]] ha hecho"))
d.C("su propósito no era \"perpetuar] las malas decisiones de negocio del pasado\"", ("obama", "[[Obama]] explicó"))
d.C("prestar dinero a General Motors no sería más que eso, ya que su problema es la deuda", ("obama", "[[Obama]] explicó"))
d.C("el gobierno de Estados Unidos se convierta en accionista de General Motors, junto con los gobiernos de Canadá y Ontario", ("obama", "[[Obama]] explicó"))

d.Dt("01 de junio del 2009", "2009-06-01", "day")
d.Dt("hoy", "2009-06-01", "day")
d.E("hoy", "Tras la declaración que GM ha hecho hoy a las 12:00 UTC donde ha dicho que ha solicitado la quiebra y la protección de capítulo 11 frente a sus acreedores, la mayor quiebra de una empresa de fabricación estadounidense, el presidente de Estados Unidos Barack Obama ha presentado un plan de reorganización en un discurso televisado desde la Casa Blanca a las 16:00 UTC",
    ["gm", "obama"])

# ---------------- meantime-es-114 ----------------
d = D("meantime-es-114", "es")
d.A("ford", None, "Ford Motor Company", "company", "Ford Motor Company", "la decisión de [[Ford]] de")
d.A("mulally", None, "Alan Mulally", "person", "Alan Mulally", "[[Mulally]] dice", "[[Mulally]] planea")

d.C("el Ford Five Hundred se llamará Taurus en el modelo del 2008, cuando, según las previsiones, se lance el modelo actualizado para incrementar las deslucidas ventas del modelo saliente",
    ("mulally", "Alan Mulally"))
d.C("la decisión de Ford de llamar a todos sus coches con la letra F era una jugada desfavorable, y hacía que los nombres se olvidaran fácilmente",
    ("mulally", "[[Mulally]] dice"))

d.Dt("09 de febrero del 2007", "2007-02-09", "day")
d.Dt("2008", "2008", "year")
d.Dt("1986", "1986", "year")
d.E("2008", "El director ejecutivo de Ford Motor Company Alan Mulally ha declarado que el Ford Five Hundred se llamará Taurus en el modelo del 2008, cuando, según las previsiones, se lance el modelo actualizado para incrementar las deslucidas ventas del modelo saliente",
    ["mulally", "ford"])

# ---------------- meantime-es-023 ----------------
d = D("meantime-es-023", "es")
d.A("apple", "apple", "Apple", "company", "[[Apple]] lanza", "Apple Computer", "Ejecutivo de [[Apple]]", "[[Apple]] afirma")
d.A("jobs", None, "Steve Jobs", "person", "Steve Jobs")

d.Q("tan solo un año después de lanzar el iPhone, estamos presentando el nuevo iPhone 3G que duplica la velocidad a mitad de precio",
    ("jobs", "Steve Jobs"), "neutral")

d.C("el iPhone 3G ofrecerá acceso a internet al doble de la velocidad de acceso que ofrecían las versiones anteriores", ("apple", "[[Apple]] afirma"))

d.Dt("9 de junio de 2008", "2008-06-09", "day")
d.Dt("día de hoy", "2008-06-09", "day")
d.E("día de hoy", "En el día de hoy, Apple Computer ha lanzado una versión de 3G de su dispositivo iPhone", ["apple"])

# ---------------- spares (split dev) ----------------
# After the listed documents the totals stay far below 20 quotes / 50 claims, so the
# spares are annotated too. meantime-es-103 has neither a quote nor a reported claim
# ("Hacia adelante" is the name of a plan): skipped.

# ---------------- meantime-es-010 ----------------
d = D("meantime-es-010", "es", split="dev")
d.A("apple", "apple", "Apple", "company", "Tiger de [[Apple]]", "Apple Computer", "patentada de [[Apple]]", "[[Apple]] informa")

d.C("Tiger, el nombre del código de esta versión, incluye más de 200 prestaciones nuevas y nuevas versiones del software de aplicaciones como el cliente de correo electrónico Mail, el navegador web Safari, e iChat, el cliente de mensajería de audio / vídeo / texto con varias personas",
    ("apple", "[[Apple]] informa"))

d.Dt("7 de mayo de 2005", "2005-05-07", "day")

# ---------------- meantime-es-048 ----------------
d = D("meantime-es-048", "es", split="dev")
d.A("bernanke", None, "Ben Bernanke", "person", "Ben Bernanke", "[[el director de la banca]] dijo")

d.Q("las expectativas de volver a crecer a corto plazo parecen buenas", ("bernanke", "[[el director de la banca]] dijo"), "neutral")
d.Q("es probable que la recuperación económica sea relativamente lenta al principio, y el desempleo solo descenderá gradualmente desde niveles altos",
    ("bernanke", "[[el director de la banca]] dijo"), "neutral")

d.C("la economía de EEUU estaba empezando a recuperarse de la recesión", ("bernanke", "Ben Bernanke"))

d.Dt("21 de agosto de 2009", "2009-08-21", "day")
d.Dt("viernes", "2009-08-21", "day")
d.E("viernes", "El viernes subieron los índices bursátiles de todo el mundo, después de que Ben Bernanke, director de la banca estadounidense, dijera que la economía de EEUU estaba empezando a recuperarse de la recesión",
    ["bernanke"])

# ---------------- meantime-es-084 ----------------
d = D("meantime-es-084", "es", split="dev")
d.A("boeing", None, "Boeing", "company", "más nuevo de [[Boeing]]", "UTC [[Boeing]] afirma", "modelos de [[Boeing]]", "para [[Boeing]]")

d.C("el nuevo avión de pasajeros de más de 290 asientos, fuselaje ancho y doble motor es más eficiente en cuanto al combustible que los anteriores modelos de Boeing",
    ("boeing", "UTC [[Boeing]] afirma"))

d.Dt("16 de diciembre del 2009", "2009-12-16", "day")
d.Dt("pasado martes", "2009-12-15", "day")
d.E("pasado martes", "El avión comercial más nuevo de Boeing, el 787 \"Dreamliner\", hizo su primer vuelo de prueba el pasado martes en Everett (Washington) a las 18:00 UTC", ["boeing"])

# ---------------- meantime-es-112 ----------------
d = D("meantime-es-112", "es", split="dev")
d.A("gm", None, "General Motors", "company", "director ejecutivo de [[GM]] resume", ("ALL", "General Motors"), "la [[GM]] que decepciona")
d.A("henderson", None, "Fritz Henderson", "person", "Fritz Henderson", "lo que [[él]] llamó", "[[Henderson]] ha descrito", "[[Henderson]] ha declarado")

d.Q("un momento decisivo", ("henderson", "[[Henderson]] ha descrito"), "neutral")
d.Q("la GM que decepciona es historia", ("henderson", "[[Henderson]] ha descrito"), "neutral")

d.C("imagina que el proceso de quiebra durará unos 60 o 90 días", ("henderson", "[[Henderson]] ha declarado"))

d.Dt("04 de junio del 2009", "2009-06-04", "day")
d.Dt("1 de junio", "2009-06-01", "day")
d.Dt("que [[hoy]] ha solicitado", "2009-06-04", "day")
d.Dt("hechos de [[hoy]]", "2009-06-04", "day")
S1 = "El 1 de junio a las 16:15 UTC, en una rueda de prensa en Nueva York, Fritz Henderson, director ejecutivo de General Motors, que hoy ha solicitado la quiebra y la protección del capítulo 11 frente a sus acreedores, resumió un plan para lo que él llamó la \"nueva GM\""
d.E("1 de junio", S1, ["henderson"])
d.E("que [[hoy]] ha solicitado", S1, ["gm"])
d.E("hechos de [[hoy]]", "Hablando a la prensa bajo la disposición de puerto seguro de la ley estadounidense, Henderson ha descrito los hechos de hoy como \"un momento decisivo\" en la historia General Motors",
    ["henderson"])
