from helper import *

# ---------------- EN1 ----------------
d = D("uk-apple-adp", "en", "Apple pulls Advanced Data Protection from UK users after Home Office order", """
Apple has stopped offering its Advanced Data Protection feature to new users in the United Kingdom, the company said on Friday, escalating a standoff with the British government over access to encrypted iCloud data.

The move follows a secret order issued by the Home Office in January 2025 under the Investigatory Powers Act, according to the Washington Post, which first reported the demand. The order would require Apple to build a “backdoor” allowing officials to retrieve any user's encrypted backups, the newspaper said.

“We are gravely disappointed that the protections provided by ADP will not be available to our customers in the UK,” Apple said in a statement released on February 21, 2025. “As we have said many times before, we have never built a backdoor or master key to any of our products or services and we never will.”

The Home Office declined to comment on operational matters. A government spokesperson said that the United Kingdom only sought access in cases of serious crime and that every request was subject to independent oversight.

Professor Alan Woodward, a cybersecurity expert at the University of Surrey, said the decision set a worrying precedent. “Once you have created a way in, you cannot control who else finds it,” he said.

Civil liberties groups were quick to react. Open Rights Group argued that the order put the privacy of millions of people at risk. Privacy International, which filed a legal complaint last week, said the case should be heard in public.

The United States and the United Kingdom signed a data access agreement in October 2019, which bars either country from demanding data on the other's citizens. According to a Reuters report earlier this month, US officials were reviewing whether the order breaches that deal.
""", "2025-02-24")
d.A("apple", "apple", "Apple", "company", ("ALL", "Apple"), "the company")
d.A("ukgov", "uk-government", "UK Government", "government", "the British government", "A government spokesperson",
    "that [[the United Kingdom]] only", "and [[the United Kingdom]] signed")
d.A("ho", "uk-home-office", "Home Office", "ministry", ("ALL", "Home Office"))
d.A("wapo", "washington-post", "Washington Post", "media", "the Washington Post", "the newspaper")
d.A("woodward", "alan-woodward", "Alan Woodward", "person", "Alan Woodward", "[[he]] said")
d.A("surrey", None, "University of Surrey", "academic", "University of Surrey")
d.A("org", "open-rights-group", "Open Rights Group", "ngo", "Open Rights Group")
d.A("pi", "privacy-international", "Privacy International", "ngo", "Privacy International")
d.A("usgov", "us-government", "US Government", "government", "The United States", "US officials")
d.A("reuters", "reuters", "Reuters", "media", "Reuters")

d.Q("We are gravely disappointed that the protections provided by ADP will not be available to our customers in the UK",
    ("apple", "[[Apple]] said in a statement"), "against")
d.Q("As we have said many times before, we have never built a backdoor or master key to any of our products or services and we never will.",
    ("apple", "[[Apple]] said in a statement"), "against")
d.Q("Once you have created a way in, you cannot control who else finds it", ("woodward", "[[he]] said"), "against")

d.C("Apple has stopped offering its Advanced Data Protection feature to new users in the United Kingdom", ("apple", "the company"))
d.C("The move follows a secret order issued by the Home Office in January 2025 under the Investigatory Powers Act", ("wapo", "the Washington Post"))
d.C("The order would require Apple to build a “backdoor” allowing officials to retrieve any user's encrypted backups", ("wapo", "the newspaper"))
d.C("the United Kingdom only sought access in cases of serious crime", ("ukgov", "A government spokesperson"))
d.C("every request was subject to independent oversight", ("ukgov", "A government spokesperson"))
d.C("the decision set a worrying precedent", ("woodward", "Alan Woodward"))
d.C("the order put the privacy of millions of people at risk", ("org", "Open Rights Group"))
d.C("the case should be heard in public", ("pi", "Privacy International"))
d.C("US officials were reviewing whether the order breaches that deal", ("reuters", "Reuters"))

d.Dt("Friday", "2025-02-21", "day")
d.Dt("January 2025", "2025-01", "month")
d.Dt("February 21, 2025", "2025-02-21", "day")
d.Dt("last week", "2025-02-17", "day", True)
d.Dt("October 2019", "2019-10", "month")
d.Dt("earlier this month", "2025-02", "month")
d.E("Friday", "Apple has stopped offering its Advanced Data Protection feature to new users in the United Kingdom, the company said on Friday, escalating a standoff with the British government over access to encrypted iCloud data", ["apple", "ukgov"])
d.E("January 2025", "The move follows a secret order issued by the Home Office in January 2025 under the Investigatory Powers Act, according to the Washington Post, which first reported the demand", ["ho", "apple"])
d.E("February 21, 2025", "“We are gravely disappointed that the protections provided by ADP will not be available to our customers in the UK,” Apple said in a statement released on February 21, 2025", ["apple"])
d.E("last week", "Privacy International, which filed a legal complaint last week, said the case should be heard in public", ["pi"])
d.E("October 2019", "The United States and the United Kingdom signed a data access agreement in October 2019, which bars either country from demanding data on the other's citizens", ["usgov", "ukgov"])

# ---------------- EN2 ----------------
d = D("australia-assistance-access", "en", "Six years on, Australia's encryption law still divides tech firms and police", """
When Parliament passed the Assistance and Access Act in December 2018, critics warned that Australia had handed its police the power to force tech companies to break their own encryption. Six years later, the debate has not gone away.

The Department of Home Affairs said last Wednesday that agencies had issued 27 technical assistance requests in the past financial year, most of them to overseas providers. The figure, published in the department's annual report, does not include compulsory notices, which remain classified.

The Australian Federal Police argued that the powers were essential. “Criminals have moved to encrypted platforms. We have had to follow them,” a senior officer told a parliamentary committee earlier this month.

But for Priya Natarajan, founder of Kestrel, a Melbourne start-up that builds encrypted messaging for hospitals, the law has been a commercial burden. She said overseas customers regularly asked whether her company could be compelled to weaken its product.

“Every contract negotiation starts with the same question,” Natarajan said. “Can the Australian government read our data? We tell them no, but they don't always believe us.”

According to the Australian Financial Review, the government is considering amendments that would narrow the definition of a “systemic weakness”, a term the law leaves undefined. Digital rights group Electronic Frontiers Australia said the review was overdue. “The definition problem was obvious in 2018 and nobody fixed it,” according to Daniel Kerr, a law lecturer at Monash University.

The Electronic Frontier Foundation, which campaigned against the bill in 2018, has urged Canberra to repeal it entirely.
""", "2024-11-19")
d.A("parl", None, "Parliament of Australia", "legislature", "Parliament")
d.A("augov", "australian-government", "Australian Government", "government", "[[Australia]] had handed",
    "the Australian government", "[[the government]] is considering", "Canberra")
d.A("homeaffairs", None, "Department of Home Affairs (Australia)", "ministry", "The Department of Home Affairs")
d.A("afpol", None, "Australian Federal Police", "agency", "The Australian Federal Police", "a senior officer")
d.A("natarajan", None, "Priya Natarajan", "person", "Priya Natarajan", "[[She]] said", "[[Natarajan]] said")
d.A("kestrel", None, "Kestrel", "company", "Kestrel", "her company")
d.A("afr", None, "Australian Financial Review", "media", "the Australian Financial Review")
d.A("efa", None, "Electronic Frontiers Australia", "ngo", "Electronic Frontiers Australia")
d.A("kerr", None, "Daniel Kerr", "person", "Daniel Kerr")
d.A("monash", None, "Monash University", "academic", "Monash University")
d.A("eff", "eff", "Electronic Frontier Foundation", "ngo", "The Electronic Frontier Foundation")

d.Q("The definition problem was obvious in 2018 and nobody fixed it", ("kerr", "Daniel Kerr"), "against")
d.Q("Criminals have moved to encrypted platforms. We have had to follow them", ("afpol", "a senior officer"), "for")
d.Q("Every contract negotiation starts with the same question", ("natarajan", "[[Natarajan]] said"), "against")
d.Q("Can the Australian government read our data? We tell them no, but they don't always believe us.", ("natarajan", "[[Natarajan]] said"), "against")

d.C("Australia had handed its police the power to force tech companies to break their own encryption", None)
d.C("agencies had issued 27 technical assistance requests in the past financial year, most of them to overseas providers",
    ("homeaffairs", "The Department of Home Affairs"))
d.C("the powers were essential", ("afpol", "The Australian Federal Police"))
d.C("the law has been a commercial burden", ("natarajan", "Priya Natarajan"))
d.C("overseas customers regularly asked whether her company could be compelled to weaken its product", ("natarajan", "[[She]] said"))
d.C("the government is considering amendments that would narrow the definition of a “systemic weakness”, a term the law leaves undefined",
    ("afr", "the Australian Financial Review"))
d.C("the review was overdue", ("efa", "Electronic Frontiers Australia"))

d.Dt("December 2018", "2018-12", "month")
d.Dt("last Wednesday", "2024-11-13", "day")
d.Dt("earlier this month", "2024-11", "month")
d.Dt("bill in [[2018]]", "2018", "year")
d.Dt("obvious in [[2018]]", "2018", "year")
d.E("December 2018", "When Parliament passed the Assistance and Access Act in December 2018, critics warned that Australia had handed its police the power to force tech companies to break their own encryption", ["parl"])
d.E("last Wednesday", "The Department of Home Affairs said last Wednesday that agencies had issued 27 technical assistance requests in the past financial year, most of them to overseas providers", ["homeaffairs"])
d.E("earlier this month", "“Criminals have moved to encrypted platforms. We have had to follow them,” a senior officer told a parliamentary committee earlier this month", ["afpol"])
d.E("bill in [[2018]]", "The Electronic Frontier Foundation, which campaigned against the bill in 2018, has urged Canberra to repeal it entirely", ["eff"])

# ---------------- EN3 ----------------
d = D("europol-lawful-access", "en", "Brussels unveils lawful access roadmap as Europol pushes for decryption by 2030", """
The European Commission on Tuesday presented its roadmap on “lawful access” to data. The Commission says the plan will let police read encrypted communications by 2030 without undermining cybersecurity.

Commission officials said the goal was to give investigators effective access to data while preserving strong encryption. Under the plan, announced as part of the ProtectEU internal security strategy in April 2025, Europol is to deliver a technology roadmap on encryption by 2026.

Europol has long argued that encryption hampers investigations. In a report published last year, the agency said that criminal networks increasingly relied on encrypted phones and messaging apps. A Europol spokesperson told reporters in Brussels: “Our investigators are going dark. We cannot protect citizens from crimes we cannot see.”

Digital rights organisations reacted angrily. European Digital Rights (EDRi) said the Commission was reviving a debate that experts had settled decades ago. “There is no such thing as a backdoor that only lets the good guys in,” said Tomasz Wierzbicki, a policy adviser at the group.

A group of 30 cryptographers led by Ruth Okafor of the University of Edinburgh wrote to the Commission earlier this month. “Client-side scanning would create a single point of failure for the whole continent,” Okafor said in an interview.

The Electronic Frontier Foundation said the US experience showed that backdoor mandates did not survive contact with reality.

Meta, which rolled out default end-to-end encryption on Messenger in December 2023, said it would study the proposals. “We will not compromise on end-to-end encryption,” the company added.

The European Parliament is expected to debate the roadmap in September.
""", "2025-06-26")
d.A("ec", "european-commission", "European Commission", "eu-institution", "The European Commission",
    "[[The Commission]] says", "Commission officials", "said [[the Commission]] was", "wrote to [[the Commission]]")
d.A("europol", "europol", "Europol", "agency", "[[Europol]] is to deliver", "[[Europol]] has long", "the agency", "A Europol spokesperson")
d.A("edri", "edri", "European Digital Rights", "ngo", "European Digital Rights", "EDRi")
d.A("wierzbicki", None, "Tomasz Wierzbicki", "person", "Tomasz Wierzbicki")
d.A("okafor", None, "Ruth Okafor", "person", "Ruth Okafor", "[[Okafor]] said")
d.A("edinburgh", None, "University of Edinburgh", "academic", "University of Edinburgh")
d.A("eff", "eff", "Electronic Frontier Foundation", "ngo", "The Electronic Frontier Foundation")
d.A("meta", "meta", "Meta", "company", "Meta", "said [[it]] would", "the company")
d.A("ep", "european-parliament", "European Parliament", "eu-institution", "The European Parliament")

d.Q("Our investigators are going dark. We cannot protect citizens from crimes we cannot see.", ("europol", "A Europol spokesperson"), "for")
d.Q("There is no such thing as a backdoor that only lets the good guys in", ("wierzbicki", "Tomasz Wierzbicki"), "against")
d.Q("Client-side scanning would create a single point of failure for the whole continent", ("okafor", "[[Okafor]] said"), "against")
d.Q("We will not compromise on end-to-end encryption", ("meta", "the company"), "against")

d.C("the plan will let police read encrypted communications by 2030 without undermining cybersecurity", ("ec", "[[The Commission]] says"))
d.C("the goal was to give investigators effective access to data while preserving strong encryption", ("ec", "Commission officials"))
d.C("encryption hampers investigations", ("europol", "[[Europol]] has long"))
d.C("criminal networks increasingly relied on encrypted phones and messaging apps", ("europol", "the agency"))
d.C("the Commission was reviving a debate that experts had settled decades ago", ("edri", "EDRi"))
d.C("the US experience showed that backdoor mandates did not survive contact with reality", ("eff", "The Electronic Frontier Foundation"))
d.C("it would study the proposals", ("meta", "Meta"))

d.Dt("Tuesday", "2025-06-24", "day")
d.Dt("2030", "2030", "year")
d.Dt("April 2025", "2025-04", "month")
d.Dt("2026", "2026", "year")
d.Dt("last year", "2024", "year")
d.Dt("earlier this month", "2025-06", "month")
d.Dt("December 2023", "2023-12", "month")
d.Dt("September", "2025-09", "month")
d.E("Tuesday", "The European Commission on Tuesday presented its roadmap on “lawful access” to data", ["ec"])
d.E("2026", "Under the plan, announced as part of the ProtectEU internal security strategy in April 2025, Europol is to deliver a technology roadmap on encryption by 2026", ["europol"])
d.E("last year", "In a report published last year, the agency said that criminal networks increasingly relied on encrypted phones and messaging apps", ["europol"])
d.E("earlier this month", "A group of 30 cryptographers led by Ruth Okafor of the University of Edinburgh wrote to the Commission earlier this month", ["okafor", "ec"])
d.E("December 2023", "Meta, which rolled out default end-to-end encryption on Messenger in December 2023, said it would study the proposals", ["meta"])
d.E("September", "The European Parliament is expected to debate the roadmap in September", ["ep"])
