from helper import *

# ---------------- ES1 ----------------
d = D("consejo-ue-cifrado", "es", "España defiende en Bruselas el acceso a los mensajes cifrados", """
El Gobierno español ha vuelto a situarse entre los Estados miembros más partidarios de que la policía pueda acceder a las comunicaciones cifradas. Así consta en un documento interno del Consejo de la UE al que ha tenido acceso este periódico, fechado el 15 de mayo de 2024.

«El cifrado de extremo a extremo no puede convertirse en un espacio de impunidad para los delincuentes», sostiene la delegación española en el documento.

Ya en 2023 España había planteado prohibir el cifrado de extremo a extremo para los proveedores con sede en la UE, una postura que generó una oleada de críticas. Fuentes del Ministerio del Interior aseguraron ayer que esa propuesta ya no está sobre la mesa y que el Gobierno busca ahora un equilibrio.

«Nadie quiere romper el cifrado», explicó un alto cargo del ministerio. «Queremos que, con una orden judicial, los investigadores puedan leer los mensajes de un sospechoso concreto, como se hace con el teléfono.»

La propuesta choca con la opinión de los expertos. Para Marta Ibáñez, catedrática de Criptografía en la Universidad Politécnica de Madrid, no existe forma técnica de garantizar ese acceso sin abrir una “puerta trasera” que debilite la seguridad de todos. Según Ibáñez, cualquier clave maestra acabaría tarde o temprano en manos equivocadas.

La asociación Cifrado Libre, con sede en Zaragoza, también ha mostrado su rechazo. Su portavoz, Iker Zubiri, recordó que el Tribunal de Justicia de la UE ya limitó la conservación masiva de datos en 2014.

Según El País, la Comisión Europea prepara para finales de 2024 una hoja de ruta sobre el acceso legal a los datos. El documento incluiría propuestas sobre el cifrado, pero no una prohibición.
""", "2024-05-23")
d.A("esgov", "spanish-government", "Spanish Government", "government", "El Gobierno español", "la delegación española",
    "[[España]] había planteado", "[[el Gobierno]] busca")
d.A("council", "council-of-the-eu", "Council of the European Union", "eu-institution", "Consejo de la UE")
d.A("mir", None, "Ministerio del Interior (España)", "ministry", "Ministerio del Interior", "un alto cargo del ministerio")
d.A("ibanez", None, "Marta Ibáñez", "person", "Marta Ibáñez", "Según [[Ibáñez]]")
d.A("upm", None, "Universidad Politécnica de Madrid", "academic", "Universidad Politécnica de Madrid")
d.A("cl", None, "Cifrado Libre", "ngo", "Cifrado Libre")
d.A("zubiri", None, "Iker Zubiri", "person", "Iker Zubiri")
d.A("cjeu", "cjeu", "Court of Justice of the European Union", "court", "el Tribunal de Justicia de la UE")
d.A("elpais", "el-pais", "El País", "media", "El País")
d.A("ec", "european-commission", "European Commission", "eu-institution", "la Comisión Europea")

d.Q("El cifrado de extremo a extremo no puede convertirse en un espacio de impunidad para los delincuentes", ("esgov", "la delegación española"), "for")
d.Q("Nadie quiere romper el cifrado", ("mir", "un alto cargo del ministerio"), "neutral")
d.Q("Queremos que, con una orden judicial, los investigadores puedan leer los mensajes de un sospechoso concreto, como se hace con el teléfono.",
    ("mir", "un alto cargo del ministerio"), "for")

d.C("esa propuesta ya no está sobre la mesa", ("mir", "Ministerio del Interior"))
d.C("el Gobierno busca ahora un equilibrio", ("mir", "Ministerio del Interior"))
d.C("no existe forma técnica de garantizar ese acceso sin abrir una “puerta trasera” que debilite la seguridad de todos", ("ibanez", "Marta Ibáñez"))
d.C("cualquier clave maestra acabaría tarde o temprano en manos equivocadas", ("ibanez", "Según [[Ibáñez]]"))
d.C("el Tribunal de Justicia de la UE ya limitó la conservación masiva de datos en 2014", ("zubiri", "Iker Zubiri"))
d.C("la Comisión Europea prepara para finales de 2024 una hoja de ruta sobre el acceso legal a los datos", ("elpais", "El País"))
d.C("El documento incluiría propuestas sobre el cifrado, pero no una prohibición", ("elpais", "El País"))

d.Dt("15 de mayo de 2024", "2024-05-15", "day")
d.Dt("2023", "2023", "year")
d.Dt("ayer", "2024-05-22", "day")
d.Dt("2014", "2014", "year")
d.Dt("finales de 2024", "2024", "year", True)
d.E("2023", "Ya en 2023 España había planteado prohibir el cifrado de extremo a extremo para los proveedores con sede en la UE, una postura que generó una oleada de críticas", ["esgov"])
d.E("ayer", "Fuentes del Ministerio del Interior aseguraron ayer que esa propuesta ya no está sobre la mesa y que el Gobierno busca ahora un equilibrio", ["mir"])
d.E("2014", "Su portavoz, Iker Zubiri, recordó que el Tribunal de Justicia de la UE ya limitó la conservación masiva de datos en 2014", ["cjeu"])

# ---------------- ES2 ----------------
d = D("whatsapp-congreso", "es", "Meta defiende en el Congreso el cifrado de WhatsApp frente a las peticiones policiales", """
Representantes de Meta comparecieron el martes pasado ante la Comisión de Interior del Congreso de los Diputados para defender el cifrado de extremo a extremo de WhatsApp, que utilizan más de 30 millones de personas en España.

La directora de políticas públicas de la compañía para el sur de Europa, Carmen Villalba, aseguró que WhatsApp no puede leer el contenido de los mensajes y que no tiene intención de cambiarlo. “Si construimos una llave para la policía española, mañana nos la pedirán otros gobiernos con menos garantías”, advirtió.

El diputado Andrés Molina sostuvo que las plataformas no pueden quedar al margen de la ley. Según la Policía Nacional, en 2024 más de la mitad de las investigaciones por pornografía infantil se toparon con mensajes cifrados. Los agentes tardarían meses en obtener pruebas por otras vías.

Lucía Ferrer, profesora de Derecho Digital en la Universitat de València, cree que el debate español llega tarde. “La decisión real se toma en Bruselas, con el reglamento europeo. Lo que se diga aquí es, sobre todo, un mensaje político”, explicó a este diario.

La semana pasada, la Agencia Española de Protección de Datos publicó una guía que recomienda el uso de aplicaciones cifradas en el ámbito sanitario.

Mientras tanto, la asociación valenciana Privacitat Ara, que agrupa a unos 200 socios, ha lanzado una campaña bajo el lema “Mis mensajes son míos”. Su coordinadora, Neus Vidal, explicó que la iniciativa busca que los usuarios entiendan qué está en juego: «Si el cifrado se rompe para unos, se rompe para todos».
""", "2025-03-11")
d.A("meta", "meta", "Meta", "company", "Meta")
d.A("wa", "whatsapp", "WhatsApp", "company", ("ALL", "WhatsApp"))
d.A("congreso", None, "Congreso de los Diputados", "legislature", "Congreso de los Diputados")
d.A("villalba", None, "Carmen Villalba", "person", "Carmen Villalba")
d.A("molina", None, "Andrés Molina", "person", "Andrés Molina")
d.A("pn", None, "Policía Nacional", "agency", "la Policía Nacional")
d.A("ferrer", None, "Lucía Ferrer", "person", "Lucía Ferrer")
d.A("uv", None, "Universitat de València", "academic", "Universitat de València")
d.A("aepd", None, "Agencia Española de Protección de Datos", "agency", "la Agencia Española de Protección de Datos")
d.A("pa", None, "Privacitat Ara", "ngo", "Privacitat Ara")
d.A("vidal", None, "Neus Vidal", "person", "Neus Vidal")

d.Q("Si construimos una llave para la policía española, mañana nos la pedirán otros gobiernos con menos garantías", ("villalba", "Carmen Villalba"), "against")
d.Q("La decisión real se toma en Bruselas, con el reglamento europeo. Lo que se diga aquí es, sobre todo, un mensaje político", ("ferrer", "Lucía Ferrer"), "neutral")
d.Q("Si el cifrado se rompe para unos, se rompe para todos", ("vidal", "Neus Vidal"), "against")

d.C("WhatsApp no puede leer el contenido de los mensajes", ("villalba", "Carmen Villalba"))
d.C("no tiene intención de cambiarlo", ("villalba", "Carmen Villalba"))
d.C("las plataformas no pueden quedar al margen de la ley", ("molina", "Andrés Molina"))
d.C("en 2024 más de la mitad de las investigaciones por pornografía infantil se toparon con mensajes cifrados", ("pn", "la Policía Nacional"))
d.C("Los agentes tardarían meses en obtener pruebas por otras vías", ("pn", "la Policía Nacional"))
d.C("el debate español llega tarde", ("ferrer", "Lucía Ferrer"))
d.C("la iniciativa busca que los usuarios entiendan qué está en juego", ("vidal", "Neus Vidal"))

d.Dt("martes pasado", "2025-03-04", "day")
d.Dt("2024", "2024", "year")
d.Dt("La semana pasada", "2025-03-04", "day", True)
d.E("martes pasado", "Representantes de Meta comparecieron el martes pasado ante la Comisión de Interior del Congreso de los Diputados para defender el cifrado de extremo a extremo de WhatsApp, que utilizan más de 30 millones de personas en España", ["meta", "congreso"])
d.E("La semana pasada", "La semana pasada, la Agencia Española de Protección de Datos publicó una guía que recomienda el uso de aplicaciones cifradas en el ámbito sanitario", ["aepd"])

# ---------------- ES3 ----------------
d = D("chat-control-votacion", "es", "La presidencia belga retira la votación sobre el control de chats", """
La presidencia belga del Consejo de la UE retiró ayer del orden del día la votación sobre el reglamento contra el abuso sexual infantil en línea, conocido por sus críticos como «control de chats». No había una mayoría suficiente, según fuentes diplomáticas.

El texto, propuesto por la Comisión Europea en mayo de 2022, obligaría a los servicios de mensajería a detectar imágenes de abusos, incluso en conversaciones cifradas.

La comisaria de Interior, Ylva Johansson, lamentó el aplazamiento. “Cada día que perdemos, miles de niños siguen siendo explotados”, declaró la comisaria en un comunicado.

Al otro lado, la presidenta de Signal, Meredith Whittaker, había advertido la semana pasada de que la aplicación abandonaría la UE antes que aceptar el escaneo de mensajes.

El Supervisor Europeo de Protección de Datos (SEPD) ya había advertido en 2022 de que la propuesta podría llevar a una vigilancia generalizada de las comunicaciones. Según El País, España habría votado a favor del compromiso belga.

En Barcelona, la cooperativa tecnológica Nodo Sur, que desarrolla servicios de correo cifrado, celebró la noticia. «Es un respiro, pero no una victoria», dijo su fundadora, Alba Puig. «El texto volverá y seguiremos vigilando.»

La próxima presidencia, Hungría, que asumirá el cargo el 1 de julio, ha anunciado que retomará el expediente.
""", "2024-06-21")
d.A("bepres", None, "Belgian Presidency of the Council of the EU", "government", "La presidencia belga")
d.A("council", "council-of-the-eu", "Council of the European Union", "eu-institution", "Consejo de la UE")
d.A("ec", "european-commission", "European Commission", "eu-institution", "la Comisión Europea")
d.A("johansson", "ylva-johansson", "Ylva Johansson", "person", "Ylva Johansson", "declaró [[la comisaria]]")
d.A("signal", "signal", "Signal", "company", "Signal", "[[la aplicación]] abandonaría")
d.A("mw", "meredith-whittaker", "Meredith Whittaker", "person", "Meredith Whittaker")
d.A("edps", "edps", "European Data Protection Supervisor", "agency", "El Supervisor Europeo de Protección de Datos", "SEPD")
d.A("elpais", "el-pais", "El País", "media", "El País")
d.A("esgov", "spanish-government", "Spanish Government", "government", "[[España]] habría")
d.A("nodo", None, "Nodo Sur", "company", "Nodo Sur")
d.A("puig", None, "Alba Puig", "person", "Alba Puig")
d.A("hupres", None, "Hungarian Presidency of the Council of the EU", "government", "La próxima presidencia", "Hungría")

d.Q("Cada día que perdemos, miles de niños siguen siendo explotados", ("johansson", "declaró [[la comisaria]]"), "for")
d.Q("Es un respiro, pero no una victoria", ("puig", "Alba Puig"), "against")
d.Q("El texto volverá y seguiremos vigilando.", ("puig", "Alba Puig"), "against")

d.C("No había una mayoría suficiente", None)
d.C("la aplicación abandonaría la UE antes que aceptar el escaneo de mensajes", ("mw", "Meredith Whittaker"))
d.C("la propuesta podría llevar a una vigilancia generalizada de las comunicaciones", ("edps", "El Supervisor Europeo de Protección de Datos"))
d.C("España habría votado a favor del compromiso belga", ("elpais", "El País"))
d.C("retomará el expediente", ("hupres", "Hungría"))

d.Dt("ayer", "2024-06-20", "day")
d.Dt("mayo de 2022", "2022-05", "month")
d.Dt("la semana pasada", "2024-06-14", "day", True)
d.Dt("en [[2022]] de que", "2022", "year")
d.Dt("1 de julio", "2024-07-01", "day")
d.E("ayer", "La presidencia belga del Consejo de la UE retiró ayer del orden del día la votación sobre el reglamento contra el abuso sexual infantil en línea, conocido por sus críticos como «control de chats»", ["bepres"])
d.E("mayo de 2022", "El texto, propuesto por la Comisión Europea en mayo de 2022, obligaría a los servicios de mensajería a detectar imágenes de abusos, incluso en conversaciones cifradas", ["ec"])
d.E("la semana pasada", "Al otro lado, la presidenta de Signal, Meredith Whittaker, había advertido la semana pasada de que la aplicación abandonaría la UE antes que aceptar el escaneo de mensajes", ["mw", "signal"])
d.E("en [[2022]] de que", "El Supervisor Europeo de Protección de Datos (SEPD) ya había advertido en 2022 de que la propuesta podría llevar a una vigilancia generalizada de las comunicaciones", ["edps"])
d.E("1 de julio", "La próxima presidencia, Hungría, que asumirá el cargo el 1 de julio, ha anunciado que retomará el expediente", ["hupres"])
