from helper import *

# English real-news gold, third annotator (documents listed in the en3 brief).

# ---------------- wikinews-en-2019-168 (dev) ----------------
# Published Monday 2019-12-16. "the previous day" is anchored on "Friday" (2019-12-13) -> 2019-12-12.
# The judge's ruling ("his decision ... — that people born in American Samoa are ...") is
# reported content of the judge and is a claim. "A 2015 federal court decision said ..." is a
# claim with a null claimant (the court is unnamed); it is not an event (no named actor acts
# at that date; Congress only appears inside the reported content). "U.S. nationals" is a term.
d = D("wikinews-en-2019-168", "en", split="dev")
d.A("waddoups", None, "Clark Waddoups", "person", "Clark Waddoups", "Instead, [[he]] put a stay",
    "On Thursday, [[Waddoups]] wrote")
d.A("congress", "us-congress", "United States Congress", "legislature", ("ALL", "Congress"))
d.A("ptuli", None, "Pale Tuli", "person", "Pale Tuli")
d.A("rtuli", None, "Rosavita Tuli", "person", "Rosavita Tuli")
d.A("fitisemanu", None, "John Fitisemanu", "person", "John Fitisemanu", "[[Fitisemanu]] had lived")
d.A("equally", None, "Equally American", "ngo", "Equally American")
d.A("asgov", None, "Government of American Samoa", "government", "The government of American Samoa")
d.A("scotus", "us-supreme-court", "Supreme Court of the United States", "court", "U.S. Supreme Court")
d.A("amata", None, "Aumua Amata", "person", "Aumua Amata")
d.A("house", "us-house", "United States House of Representatives", "legislature",
    ("ALL", "U.S. House of Representatives"))

d.Q("imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty and the importance of the fa'a Samoa [the Samoan way of life].",
    ("asgov", "The government of American Samoa"), "neutral")
d.Q("imposition of citizenship over American Samoan's objections violates fundamental principles of self-determination.",
    ("asgov", "The government of American Samoa"), "neutral")
d.Q("Because the residents of American Samoa have vibrant democratic processes and already had a path to citizenship that I had worked to make even more accessible, the ruling is particularly unwelcome and inappropriate[.]",
    ("amata", "Aumua Amata"), "neutral")

d.C("people born in American Samoa are United States citizens and not merely U.S. nationals", ("waddoups", "Clark Waddoups"))
d.C("denying American Samoans citizenship violated the Fourteenth Amendment to the United States Constitution, which established the country's policy of citizenship for every person born on its soil",
    ("waddoups", "On Thursday, [[Waddoups]] wrote"))
d.C("citizenship in United States territories can only be resolved by Congress", None)
d.C("the issue should be decided by Congress and not by judges", ("asgov", "The government of American Samoa"))

d.Dt("Monday, December 16, 2019", "2019-12-16", "day")
d.Dt("On [[Friday]], United States", "2019-12-13", "day")
d.Dt("the previous day", "2019-12-12", "day")
d.Dt("On [[Thursday]], Waddoups", "2019-12-12", "day")
d.Dt("A [[2015]] federal", "2015", "year")
d.Dt("In [[2016]], the", "2016", "year")

d.E("On [[Friday]], United States", "On Friday, United States District Judge Clark Waddoups reconsidered his decision made the previous day — that people born in American Samoa are United States citizens and not merely U.S. nationals",
    ["waddoups"])
d.E("On [[Thursday]], Waddoups", "On Thursday, Waddoups wrote denying American Samoans citizenship violated the Fourteenth Amendment to the United States Constitution, which established the country's policy of citizenship for every person born on its soil",
    ["waddoups"])
d.E("In [[2016]], the", "In 2016, the U.S. Supreme Court declined to hear a case about American Samoans' citizenship status",
    ["scotus"])

# ---------------- wikinews-en-2019-050 (dev) ----------------
# Published Saturday 2019-04-20. The unnamed children ("One of the children", "this person",
# "One of them", the daughter "She") are not actors: their quotes/claims have a null speaker.
# The plural "the Turpins" / "The two parents" / "both parents" (the couple) is not listed as a
# mention of either parent; events list both parents. "As revealed at trial, Y" is a claim with
# a null source. "the person I am today" (inside a quote) is figurative, not a date; "in 25
# years", "for years", "once a year" are durations/frequencies.
d = D("wikinews-en-2019-050", "en", split="dev")
d.A("schwartz", None, "Bernard Schwartz", "person", "Judge [[Bernard Schwartz]] sentenced",
    "the case, [[Bernard Schwartz]], said", "[[Schwartz]] went on", "to say [[he]] was not")
d.A("david", None, "David Turpin", "person", "sentenced [[David]] and Louise", "[[David Turpin]], alone",
    "[[The father]] said")
d.A("louise", None, "Louise Turpin", "person", "Louise Turpin", "[[The mother]] said")

d.Q("You have severed the ability to interact and raise your children that you have created and brought into this world.",
    ("schwartz", "the case, [[Bernard Schwartz]], said"), "neutral")
d.Q("accepted responsibility at an early stage in the proceeding", ("schwartz", "[[Schwartz]] went on"), "neutral")
d.Q("spared your children having to relive the humiliation and the harm they endured in that house of horrors.",
    ("schwartz", "[[Schwartz]] went on"), "neutral")
d.Q("I love my children and I believe my children love me.", ("david", "[[The father]] said"), "neutral")
d.Q("I really look forward to the day I can see them, hug them and tell them I'm sorry.", ("louise", "[[The mother]] said"), "neutral")
d.Q("Sometimes I still have nightmares of things that had happened such as my siblings being chained up or getting beaten.", None, "neutral")
d.Q("Although it may not have been the best way of raising us, I am glad that they did because it made me the person I am today.", None, "neutral")

d.C("the Turpins had kept their children indoors for years and rarely allowed them outside the family home, located 70 miles (112 km) south of Los Angeles", None)
d.C("he was not giving them the longest possible sentence because they had \"accepted responsibility at an early stage in the proceeding\" by pleading guilty to fourteen felony charges each and \"spared your children having to relive the humiliation and the harm they endured in that house of horrors",
    ("schwartz", "[[Schwartz]] went on"))
d.C("they still love their parents and had partially forgiven them", None)
d.C("some of her siblings were chained into their beds", None)

d.Dt("Saturday, April 20, 2019", "2019-04-20", "day")
d.Dt("Yesterday", "2019-04-19", "day")
d.Dt("January of last year", "2018-01", "month")

d.E("Yesterday", "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their thirteen children",
    ["schwartz", "david", "louise"])
d.E("January of last year", "The two parents were arrested in January of last year after one of their daughters, aged 17, escaped and phoned 911 (the emergency telephone number in the United States)",
    ["david", "louise"])

# ---------------- wikinews-en-2019-089 (dev) ----------------
# Published Saturday 2019-08-24. "this weekend" follows the week-expression rule (publication
# day, approximate). "in two days" (Macron's tweet of Thursday 2019-08-22) resolves against the
# tweet: 2019-08-24. "the 1970s" is a decade: its first year, approximate. "the 21st century"
# (inside Bolsonaro's quote) has no representable precision and is left out. The countries
# listed as G7 members and "Brazil is not a member of G7" are not acting governments.
# "Merkel seconded Macron's recommendation the fires be added to the agenda" is a claim of
# Merkel (she voices the recommendation). "his critics ... blame him for Y" is a claim of an
# unnamed group (null), content Y as in en2's "accusing ... of violating its franchise";
# "Experts attribute this to human activity" likewise (null). "called for G7 action" (a nominal
# demand) is not a claim.
d = D("wikinews-en-2019-089", "en", split="dev")
d.A("macron", "emmanuel-macron", "Emmanuel Macron", "person", "Emmanuel Macron", "what [[he]] named",
    ("ALL", "Macron", ["Emmanuel [[Macron]]"]))
d.A("g7", None, "Group of Seven", "other", ("ALL", "G7"), "Group of Seven", "G-7")
d.A("merkel", None, "Angela Merkel", "person", "Angela Merkel", "[[Merkel]] seconded")
d.A("johnson", None, "Boris Johnson", "person", "Boris Johnson", "tweeted [[Johnson]]")
d.A("twitter", "x-corp", "X (formerly Twitter)", "company", "Twitter")
d.A("bolsonaro", None, "Jair Bolsonaro", "person", "Jair Bolsonaro", "[[Bolsonaro]] has said")
d.A("eu", "european-union", "European Union", "eu-institution", ("ALL", "European Union"))
d.A("g6", None, "Group of Six", "other", "Group of Six")
d.A("g20", None, "G20", "other", "G20")
d.A("mercosur", None, "Mercosur", "other", "Mercosur")
d.A("inpe", None, "National Institute for Space Research (Brazil)", "agency", "National Institute for Space Research")
d.A("greenpeace", None, "Greenpeace", "ngo", "Greenpeace")
d.A("ipam", None, "Amazon Environmental Research Institute", "ngo", "Amazon Environmental Research Institute")
d.A("alencar", None, "Ane Alencar", "person", "Ane Alencar")
d.A("uol", None, "UOL", "media", "UOL.com.br")

d.Q("Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our planet's oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let's discuss this emergency first order in two days!",
    ("macron", "[[Macron]] told the world"), "neutral")
d.Q("We stand ready", ("johnson", "tweeted [[Johnson]]"), "neutral")
d.Q("to provide whatever help we can to bring them under control and help protect one of Earth's greatest wonders.",
    ("johnson", "tweeted [[Johnson]]"), "neutral")
d.Q("The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century[.]",
    ("bolsonaro", "Jair Bolsonaro"), "neutral")
d.Q("This year we do not have an extreme drought, as there was in 2015 and 2016 [...] In 2017 and 2018 we had a sufficient rainy season. In 2019, we have no weather events that affect droughts, such as El Niño [...] There's no way the weather can explain this increase.",
    ("alencar", "Ane Alencar"), "neutral")

d.C("the fires be added to the agenda", ("merkel", "[[Merkel]] seconded"))
d.C("there have been 85% more wildfires in Brazil in 2019 than there were in 2018", ("inpe", "National Institute for Space Research"))
d.C("the Amazon rainforest should be opened up to agriculture, amongst other economic uses", ("bolsonaro", "[[Bolsonaro]] has said"))
d.C("encouraging farmers and agrobusiness to set fires", None)
d.C("this to human activity", None)

d.Dt("Saturday, August 24, 2019", "2019-08-24", "day")
d.Dt("On [[Thursday]], French", "2019-08-22", "day")
d.Dt("this weekend", "2019-08-24", "day", True)
d.Dt("in two days", "2019-08-24", "day")
d.Dt("on [[Thursday]] via", "2019-08-22", "day")
d.Dt("the [[1970s]]", "1970", "year", True)
d.Dt("Brazil in [[2019]] than", "2019", "year")
d.Dt("there were in [[2018]].", "2018", "year")
d.Dt("Monday", "2019-08-19", "day")
d.Dt("This year", "2019", "year")
d.Dt("2015", "2015", "year")
d.Dt("2016", "2016", "year")
d.Dt("2017", "2017", "year")
d.Dt("2017 and [[2018]]", "2018", "year")
d.Dt("In [[2019]], we", "2019", "year")

d.E("On [[Thursday]], French", "On Thursday, French President Emmanuel Macron called for G7 action to correct what he named the international crisis of wildfires currently destroying Amazon rainforest in and around Brazil",
    ["macron", "g7"])
d.E("this weekend", "G7 was already scheduled to meet this weekend", ["g7"])
d.E("on [[Thursday]] via", "\"Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our planet's oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let's discuss this emergency first order in two days!\" Macron told the world on Thursday via Twitter",
    ["macron", "twitter"])
