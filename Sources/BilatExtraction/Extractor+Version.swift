extension Extractor {
  /// The version of what Bilat reads from an unchanged article: the readers, the rules and the
  /// bundled dictionaries. Each stored article records the version that read it, and ingest
  /// reads an article again when its version is older. Raise it with any change that changes
  /// what is extracted. Version 1 is every Bilat before versions were recorded (stored as none).
  /// Version 19: documents named by their purpose ("an agreement abolishing ...", "a deal to
  /// build ..."), titles past "(MoU)", members of a signed package named in a later sentence, no
  /// count for a package whose documents are named, signers after "signed between", and
  /// "exchanged", "formalized", "penned" as signings.
  /// Version 20: a city is located in a country only the article names; a capital named for its
  /// government is its country; "the Japanese government" is no organization; officials listed
  /// after a side or a first official take that country; a ministry named only as a document's
  /// party does not take its minister.
  /// Version 21: styled monarchs' aliases, lower-case royal titles, "Hon." and
  /// other abbreviated styles inside a sentence, "honoured to welcome" and shared discussions as
  /// meetings, "First Lady" as a title.
  /// Version 23: topic cue words in the sector lexicon ("drug trafficking", "loans", "teachers",
  /// "dairy", "river basin", "internet" ...); a package told by fields before its list is one
  /// document; "such" documents are none; the bodies a title names after "between" sign it; a
  /// package whose documents are named is none; "and the opening of" begins a second
  /// undertaking; oilfield, gasfield and coalfield are facilities.
  /// Version 24: meetings told by a joint act of two people of different countries ("A and B
  /// signed", "A, together with B, chaired"), an order conferred on a guest and a visit to a
  /// person; one person's full and shortened names ("John Mahama", "Lula da Silva") are one
  /// person; officials of one side at a meeting of three or more did not meet each other; a
  /// meeting others "arrange" is a plan.
  /// Version 25 (branch extract23, numbered 22 there): roles of officials in lists: an envoy
  /// "to" a country is not of it; a title set off after a name keeps its own name; officials listed one per semicolon; the other side of a
  /// meeting or of "his <demonym> counterpart"; the article's own (unmarked) side; a side's whole
  /// list after "on the X side were"; "accompanied on the visit by"; the dictionary's office when
  /// a title names no country; offices found by transliteration-folded names.
  /// Version 26 (branch extract26): sector cue words real pages use for topics ("digitalisation",
  /// "raw materials", "rare metals", "production capacities", "transboundary" ...) and hyphenated
  /// compounds that begin with a sector word ("trade-economic"); a host's separate meetings with
  /// several guests are one meeting each, sharing the topics told after them and "during the
  /// meetings"; counted packages take sectors from the sentence after them that refers back ("The
  /// pacts cover ...") and past a second counted kind; power lines and substations are in energy.
  /// Version 27 (branch extract27): packages told by their value ("deals worth $3.4 billion");
  /// joint statements, declarations and communiques told as made are signed by the two parties;
  /// "communique" is a document; "ended with signing" and "the adoption of" sign; a count well
  /// above its subjects is one package by field; a body after "with" behind the document signs it.
  /// Version 28 (branch extract28): places. A meeting in person that no sentence placed takes
  /// the city another sentence says a meeting was held in; a line naming only a known city
  /// stands for a missing dateline; a dateline's venue gives the city after it, an abbreviated
  /// weekday or an outlet's name is no city; a region is in the country after "of"; "the
  /// south-western city of X", "the cities of A and B" are cities; a region joined to another
  /// name by a dash or a plus is no place; more capitals named for their governments.
  /// Version 29 (session 17, main): an undated meeting takes the day the story tells further on
  /// ("arrived on Friday", "left yesterday") unless a dateline dates the story, and "this
  /// morning" is the publication day; a welcome given to people other than the visiting side
  /// vetoes the learned meeting model's pairs of that sentence.
  /// Version 30 (branch extract29): documents. "a memorandum of understanding on ..." with an
  /// article is a document whatever the verb; "a deal on ...", "a pact between ..." in a signing
  /// sentence; a three- or four-word line ending in a colon with a signing word ("Documents
  /// signed today:") introduces its list of signed documents; a lower-case program or plan that
  /// runs "for 2031-2034" is a document.
  /// Version 32 (branch extract31): organizations and places. A part of the world or a sea inside
  /// a longer name (a portfolio, a body, a format) or in a title is no place; abbreviated titles,
  /// units and currencies, a lone legal form, events (summits, meetings, business forums) and a
  /// country's long name cut before its "of" are no organizations; a lone word folding onto an
  /// ambassador's surname names no one the article has not named; intergovernmental commissions
  /// named by their remit up to "cooperation" or by their pair of countries, also in lower case.
  /// Version 31 (session 18, branch extract30): facilities and projects. An undertaking about
  /// a facility told by its kind gives the facility with numbers and units ("a 330 kV line"), a
  /// capitalized kind word ("a metre gauge Railway line") and inside another undertaking
  /// ("the launch of the construction of a ... plant"); two joined kind-named facilities ("a
  /// cement plant and a solar plant") give one undertaking each; a name after "giant" before a
  /// facility's kind names the facility; "export", "transmission", "offshore" ... are kind words
  /// of a named facility; fuel plants (gas, hydrogen, LNG) are in energy; verbs, adverbs and
  /// clause words before "projects" ("mutually useful", "talks touched", "mutual") and lone
  /// generic openers or backers ("Such projects", "Norway-assisted projects") name no project;
  /// a capitalized name after "field of" is a domain ("the Field of Fisheries"), not a facility.
  /// Version 33 (main, session 18): a masthead's date above the headline gives way to the
  /// story's date after it; a wire's initials before a header's city are no city; talks of a
  /// visit placed only by its country are in its capital when the article names it, never in
  /// the city of the visitor's next leg; a visit's first day is assumed, not stated, for its
  /// talks; a document's date ("dated May 2") is no event's date.
  /// Version 34 (main, session 19): paragraphs broken in mid-sentence are read (a hard line
  /// break before the sentence's rest, a lead after a dateline without its final period, a long
  /// line that stops at a comma, the cut last paragraph of a numbered list); a table cell's bar
  /// after a sentence does not hide its end; "coal-fired", "gas-powered" are kind words of a
  /// named facility and a unit ("MW") is no part of its name; a road named by the places it
  /// joins is a facility ("Silk Road", "road map" are not).
  /// Version 35 (main, session 19): a dated dateline opening one of the first three paragraphs
  /// (after a caption or a lead-in line) is the story's dateline.
  /// Version 36 (main, session 19): only units of measure ("MW", "km"), not technical
  /// abbreviations ("LNG"), are left out of a facility's name.
  /// Version 37 (main, session 20): a weekday after a future word ("will be held on Wednesday")
  /// and "tomorrow" look forward; a day after the report's is never the day of talks held or of a
  /// signing. A package's list may follow words that lead to it ("agreements, including on ...",
  /// "the accords signed were related to ...", "three agreements, one on ..."), and a count of
  /// documents parts its subjects at the commas.
  /// Version 38 (main, session 20): a legislature's own word names the body ("the Senate",
  /// "Parliament", "the House of Representatives", with its country word: "the Kazakh
  /// Parliament"), and a later bare mention is that body; a calendar date after the report's in a
  /// future clause is a planned event's.
  /// Version 39 (main, session 20): a person honoured in the phrase of a name ("laid flowers at the
  /// Statue of X", "the birth anniversary of X") takes part in no talks; every style before a name
  /// is left out of it ("H. E. Shri ...").
  /// Version 40 (main, session 20): a hyphenated word whose last part is a portfolio's
  /// ("Info-Communications") belongs to the title, never a name. A capitalized article in a name
  /// ("Al Thani") is a particle: it does not count towards a name's four words.
  /// Version 42 (main, session 20): maker nouns introduce a company ("the carmaker X", "miners
  /// like Y"); a town's name in a list of companies is a company ("industries like WEG, Suzano").
  /// Version 43 (main, session 20): the honoured are not among "the two leaders" of a later
  /// sentence; a tagged phrase ending in a building's or a site's word ("Resort", "Centre",
  /// "Palace") is no person.
  /// Version 44 (main, session 20): a report's source ("a statement issued by X", "spokesman X";
  /// not the signers of a joint statement) takes part in no talks and is not one of "the two
  /// leaders"; a listed person's lone surname that begins a run of capitalized words ("Senior
  /// Special Assistant") is no reference to that person.
  /// Version 45 (main, session 20): a tagged name goes on over a surname with its article
  /// ("Walled Shamlan Al-Bahar").
  /// Version 46 (main, session 20): a dateline with the agency's name in capitals after the city
  /// ("Tashkent, MINA – ...") and a byline's city before the bar that leads to its date ("...,
  /// Jakarta | Thu, 01/15/2009") place the story; a date with slashes is one token and reads
  /// month first when it can.
  /// Version 47 (main, session 20): a town the gazetteer does not know, named after "in" in the
  /// clause of the talks ("met in Kasane"), or a location the tagger read there, is their City.
  /// Version 48 (main, session 20): "Presidency" is an office's word, never a name ("Adviser to
  /// the Presidency").
  /// Version 49 (main, session 20): a package's list may follow a participle and a comma ("three
  /// agreements signed, one on ...").
  /// Version 50 (main, session 21): "spoke" with a means or a time before "with" ("spoke via
  /// teleconference with") and a teleconference are talks.
  /// Version 51 (main, session 21): a title that goes on into a capitalized word ("the Vice
  /// President Office") names no office holder; a name never ends in a region's adjective
  /// ("Sub-Sahara African").
  /// Version 52 (main, session 21): an office holder's name is the spelling with every letter
  /// ("Luiz Inacio Lula da Silva", not the archive's "Luiz In cio").
  /// Version 53 (main, session 21): a purpose may follow "of intent" as it followed "of
  /// understanding" ("declaration of intent to work together on ..."); the last item of a document's
  /// list of subjects may have a complement ("... and regulation of medical products").
  /// Version 54 (main, session 21): a counted package takes the sectors of a later sentence (up
  /// to four on) whose subject names the documents, also after a fronted source ("According to
  /// the office, the signed agreements reach into ..."); a bare plural ("the agreements") is the package
  /// told before.
  /// Version 55 (main, session 21): a dictionary name matches in the other English spelling
  /// ("Co-operation" / "Cooperation", "Organization" / "Organisation", "Programme", "Centre", ...).
  /// Version 56 (main, session 21): a body named after its members ends with them ("Vice
  /// Chairman of the Council of Elders Serdar Amanov" names a person after the body).
  /// Version 57 (main, session 21): no meeting for a thing received or welcomed ("welcomed
  /// Indonesia's invitation to X", "received a letter from X"), a meeting a time to come owns
  /// ("next month's meeting between A and B") or a guest's greeting at the airport on arrival.
  /// Version 58 (main, session 21): "A accompanied B in a meeting with C": B met C, and A, who
  /// came along, met neither.
  /// Version 59 (main, session 21): "At the invitation of A, B paid a visit to ...": the guest
  /// met the host (a sentence of those two people only, nothing planned).
  /// Version 60 (main, session 21): initials run into a surname ("R.Meredov", "A.D.Beglov") are
  /// set apart ("R. Meredov"), so the surname alone refers to the person; a name with initials is
  /// the person whose given names they begin ("R. Meredov" after "Rashid Meredov").
  /// Version 61 (main, session 22): a person the text leaves without a country takes, among the
  /// article's countries (two or more), the one whose office holders' names the name is spelled
  /// most like (``NameOrigins``).
  /// Version 62 (main, session 22): a capitalized plural document not after a name is a package
  /// told by its subjects too ("concluded Memorandums on A and B").
  /// Version 63 (main, session 22): a country written without its article ("Democratic Republic
  /// of Congo", "Republic of Sudan": the generated gazetteer's variants); a place "in the" country
  /// after it stands in that country.
  /// Version 64 (main, session 22): bodies named by more heads: police, (armed) forces,
  /// confederation, federation, party, court, congress, exchange.
  /// Version 65 (main, session 22): the countries' first-level divisions (`regions.tsv`, from
  /// countryinfo) are Places of their countries ("Gujarat", "Queensland", "West Java").
  /// Version 66 (main, session 23): no sector from "humanitarian" or "people-to-people" (the gold
  /// conventions name neither a cue of culture), from "space" alone ("post-Soviet space", "a
  /// common space") or "processing" alone ("visa processing"); "space exploration", "processing
  /// industry" and their like still are. A phrase keyword with a star ("border crossing*",
  /// "information technolog*") matches again: it had been read as one word's prefix. A title and a
  /// later word of an office holder's name that is also a common given name ("President Lula",
  /// "President Jonathan") name the holder; "his Brazilian counterpart, President B" is B, of
  /// Brazil (the title after the comma had hidden the name).
  /// Version 67 (main, session 23): a surname written with its article joined ("al-Sisi") is
  /// the surname a later "Sisi" names (no second person from the table's "El-Sisi"), and the
  /// surname without its article finds the listed holder of the same office, whose country the
  /// person takes (``ExtractionState/officeOf(_:title:)``).
  /// Version 68 (main, session 23): an office holder of two or more given names is also known
  /// without the first of them ("Luis Montenegro" for the table's "Antonio Luis Montenegro",
  /// "Inacio Lula da Silva"): a generated variant of `officeholders.tsv`.
  /// Version 69 (main, session 23): "Emeritus" and "Honorary" modify titles ("Emeritus Senior
  /// Minister"), and a tagged name never ends in a title's modifier ("Emeritus Senior"); a quarter
  /// of the world ("the South", "the West") is nobody's name.
  /// Version 70 (main, session 23): a city's name that begins or ends a longer name ("Riyadh
  /// Summit", "London Stock Exchange", "Metro Manila") is no mention of the city.
  /// Version 71 (main, session 23): more capitals read as their governments: after an adverb
  /// ("Beijing highly appreciates"), after "by" and a participle ("claimed by Beijing"), after
  /// "official" ("official Bishkek") and as the object of thanks or blame ("thanked Ankara").
  /// Version 72 (main, session 23): a headline's present tense signs ("Chile, Bolivia sign
  /// memorandum on lithium"), not after an intention or a time to come ("agreed to sign", "after
  /// the presidents sign").
  /// Version 73 (main, session 23): a town's name after a title's complement and a name word
  /// ("Minister of Trade Mehmet Muş") ends the person's name instead of the title's complement.
  /// Version 74 (main, session 24): abbreviated given names ("Md. Shahriar Alam", "Mohd.") end no
  /// sentence and stay in the name; a title set off after a name is not the next listed name's
  /// ("A, Ambassador of X to Y and B MP, ..."); postnominal letters ("MP", "QC") before an
  /// appositive's comma; "Assistant", "Permanent", "Parliamentary" and "Elect" belong to titles;
  /// more portfolio words ("Climate Change", "Geodesy"); a body's name after "of" ends before a
  /// common given name and a surname; a town before a comma and a titled subject's country is not
  /// in that country ("In Lima, US Trade Secretary A"); counted documents with as many fields
  /// ("four agreements to boost cooperation in the areas of A, B, C and D") are one document each,
  /// and so are memorandums written "MOU's on A, B and C"; a sum before a document's kind ("a US$90
  /// million arms deal") and an adverb or a participle without "-ed" after it ("concluding the
  /// agreement soon", "a pact struck with"); 120 well-known international bodies, national
  /// companies and armed groups in `organizations.tsv`; sector cues "taxation", "insurance",
  /// "lithium", "iron ore", "wind power", "fisheries", "pandemic", "air services".
  /// Version 75 (main, session 24): a document's kind named by two joined modifiers ("a
  /// friendship and cooperation treaty", "oil and gas agreements") or by "co-operation"; a title in
  /// quotes after a capitalized head (a Protocol “on ...” of the Governments of A and B).
  /// Version 76 (main, session 25): a plan word in a clause after the meeting's people ("A
  /// signed ... with his counterpart B, and the two will open ...", "a deal by which C will
  /// supply ...") no longer vetoes the learned model's meeting, nor is that clause's city its
  /// place; a counterpart is of another country while the first person's is not read yet; a
  /// counted package's member named by its kind ("five accords ..., including a barter deal") is
  /// a document beside the package, and a member that is no document ("including the restoration
  /// of ...") leaves the package.
  /// Version 77 (main, session 25): a list item's number ("1. Agreement on ...;") opens its item
  /// instead of making a sentence of its own, so numbered lists of signed documents are signed by
  /// the sides; after a list's colon, a line that opens with a document's title ("Agreement on
  /// ...", "Memorandum on ...") is an item even without a bullet or a full stop (pages whose list
  /// markup was lost).
  /// Version 78 (main, session 25): one document told by its worth after an article ("signed a
  /// deal worth $250 million", "a contract worth 40 million euros to dredge ...") is an Agreement
  /// named by its worth, as a package of them is.
  /// Version 79 (main, session 25): a border post is a facility ("the Chirundu border post", "a
  /// one-stop border post", transport and logistics), the post of an office or a post office none.
  /// Version 80 (main, session 25): "The following documents were signed" without its colon,
  /// a line opening with a document's title next, introduces the list all the same.
  /// Version 81 (main, session 25): "Y received him (at ...)", "welcomed her": the object
  /// pronoun after a meeting verb is the subject of one of the two sentences before, when Y is
  /// someone else.
  /// Version 82 (main, session 26): "an agreement on X and another on Y" is two documents; a
  /// quoted subject ("an agreement on “...”") runs to its closing quote; two capitals that sign
  /// with an adverb before the verb ("Doha and Bishkek also signed") are their countries; a
  /// package that opens the sentence, or is followed by "also" or where it was signed ("deals
  /// signed in Lima include ones on ..."), is split into its documents, and a serial comma
  /// before the last subject keeps "trade and investment" one subject.
  /// Version 83 (main, session 26): a title and an office holder's surname too common a word to
  /// stand alone ("President Trump" in 2017) name the holder in office; a lone surname two people
  /// of the article share is the one named most so far ("Bush" after "first lady Laura Bush");
  /// a country right after "for" in an appositive title is its portfolio ("a US Special
  /// Envoy for Yemen"), not the person's country.
  /// Version 84 (main, session 26): a line before the body naming a place and a date ("Benghazi
  /// (Libya), August 30, 2008") is a place line; a wire dateline with an agency's parenthesis and
  /// a dash ("Hanoi (VNA) – ...") opening one of the first three paragraphs (after a photo's
  /// caption) is the dateline even without a date.
  /// Version 85 (main, session 26): a nickname in quotes inside a person's name ("Paulo
  /// “Paulinho” da Costa", "Joseph “Joe” Smith"): the words after the closing quote belong to the
  /// person, and the dictionary's names match over the quotes.
  /// Version 86 (main, session 26): "the presidents of Brazil, A, and Mozambique, B": each
  /// country set off by commas before its name is that person's.
  /// Version 87 (main, session 27): a given name with a patronymic ("Dmitry Anatolyevich") is the
  /// person of the article with that given name, in either order; the pronoun "I" after a title
  /// ("the President of Azerbaijan and I") is no name.
  /// Version 88 (main, session 27): a day range written as one token with a hyphen ("April
  /// 11-12", "22-23 May") is a date, its first day, as the same range with a dash was.
  /// Version 89 (main, session 27): a person's name one letter off an earlier one's, word for
  /// word with one word equal ("Narendre Modi", "Vladimir Puti"), is that person, the dictionary's
  /// spelling first (not for surname-first countries' short romanized syllables).
  /// Version 90 (main, session 27): a name the tagger reads as a person right after an article
  /// ("build the Luban Workshop", "the Amu Darya river") is a thing's, no person.
  /// Version 91 (main, session 27): a title's style before a name ending in a building's or a
  /// thing's head noun ("the Sultan Kessim Mosque") names no person.
  /// Version 92 (main, session 27): "ul", "ud" and "ur" are name particles ("Sami ul Rasheed").
  /// Version 93 (main, session 27): a lone surname one letter off the surname of a person named in
  /// full ("President Cardena" after "Mateo Cardenas") is that person; a Slavic feminine ending
  /// ("Osmanova" of "Osmanov") is a relative, not a slip.
  /// Version 94 (main, session 28): one word no list knows between a title's complement and a
  /// tagged name begins the name ("Minister for Broadcasting Chaudhry Farhan Qureshi", "Minister of
  /// Industry and Trade Luong Quoc Binh"), after a portfolio or a country, not after "the"; Sayyid
  /// is a style whose styled name is an alias; "Eng." is an engineer's style that ends no sentence.
  /// Version 95 (main, session 28): a dictionary name written in full goes on through "bin",
  /// "ibn", "Al" and the name word after each, or a prefixed family name ("Mohammad bin Rashid |
  /// Al Maktoum"): the whole written name is an alias, the tail no person of its own.
  /// Version 96 (main, session 28): a name the tagger reads as a person before a place noun ("on
  /// Bac Son street", "Dong Nai province") is no person; "PM" is a title, the prime minister's;
  /// "the Kyrgyz leader" is the country's president or head of government named before.
  /// Version 97 (main, session 28): an initial before a known person's surname ("N.
  /// Nazarbayev") is part of the mention, the written name an alias; the learned meeting model
  /// adds no meeting from a sentence telling an invitation to a visit yet to come ("the invitation
  /// of A to B to visit Astana", "A invited B to pay a visit").
  /// Version 98 (main, session 28): "An" after two name words and before no capitalized word is
  /// a Vietnamese given name ("Dang Hoang An"), not an article; the learned meeting model's kin
  /// feature compares family names folded ("Lourenço", "Lourenco"); the meeting and document
  /// models retrained on twenty-seven sets (blind-r26 added) with this reading.
  /// Version 99 (main, session 28): a person in a clause of another time set off by a comma
  /// after the meeting's trigger ("A met B in Rome, after minister C's trip to Oran") is
  /// no participant of the meeting.
  /// Version 100 (main, session 28): a title's portfolios listed with commas as well as "and"
  /// ("Minister of Roads, Housing and Fisheries A") introduce the name after
  /// them, so the title's country is the person's (not the dateline's).
  /// Version 101 (main, session 28): an official who met an official of the dateline's country is
  /// the guest, not of the dateline's country ("BEIJING: President Xi told his counterpart A").
  /// Version 102 (main, session 28): two people of one side at a meeting of three or more met the
  /// guest, not each other, also when their countries are known only after the meetings.
  /// Version 103 (main, session 29): surnames written in capitals ("SOK Chenda Sophea",
  /// "Nkosazana DLAMINI ZUMA"), short words included; a hyphenated portfolio ("Co-operation");
  /// a body's name after "the" before "of" and a country ("Chair of the Velor Assembly of
  /// Ruritania, A") or before a body's head ("Commander Air Force") is no person, nor a thing's
  /// head after a title ("Leader Summit") or first in a tagged name ("Forum Engagement"); a
  /// justified copy's lines a few characters short of the width run on; everyone listed after
  /// "accompanied by" comes along; the people of an event a meeting was held for ("on the occasion
  /// of C's swearing-in") are no participants; the learned meeting model adds no meeting
  /// from reported words without a meeting's words ("A said, B and C have built a friendship") or
  /// from an invitation to attend.
  /// Version 104 (main, session 29): people named "under the guidance of" (leadership,
  /// auspices) take no part in the talks, and a sentence naming them sends its topics to no other
  /// meeting; "U.S. dollars", "Latin America" and "South American" name no country.
  /// Version 105 (main, session 29): a one-word variant of an open-data country's name after a
  /// capitalized word is part of a longer name ("the Pacific Island nation" names no Iceland);
  /// a singular "Island" before a noun ("Pacific Island Countries") is no place; a one-word city
  /// that is a word of a person named before yields to the person before the city is recorded.
  /// Version 106 (main, session 29): a news outlet credited as the report's source ("Kazinform
  /// has learned from ...", "according to the news agency X", "(X) --") is no organization of the
  /// news; a government body that reports stays one.
  /// Version 107 (main, session 29): a dictionary body's name inside a longer name ("the United
  /// Nations Convention on ...", "... Organization of the United Nations") is no organization.
  /// Version 108 (main, session 29): a spouse ("his wife, A", "first lady A") comes along and
  /// meets no one.
  /// Version 109 (main, session 30): an unnamed facility's undertaking is named with its place
  /// or route ("construction of a hospital in Kumasi"); a gerund signs its object ("by signing a
  /// fisheries deal"); "The memoranda cover cooperation in areas such as A, B and C" gives one
  /// signed memorandum per field, signed by the package's signers; a byline ("By JANE DOE |
  /// date") names no city; military ranks ("Lieutenant General") are titles; a sentence adverb
  /// before a name ("Afterwards Quispe") is no part of it.
  /// Version 110 (main, session 30): "both of them" / "the two of them" discussing or exchanging
  /// views is a meeting of the pair named last; a name after "his wife" is a person, not a place.
  /// Version 111 (main, session 30): documents listed after a signing told without its signers
  /// ("A set of documents was signed ... These documents include ...") are signed by the
  /// article's two sides; a document whose title names its two signers ("... between the X
  /// University and the Y Institute") is also known by its title without them.
  /// Version 112 (main, session 31): a meeting placed only by the dateline (where the story was
  /// filed) takes the city, in another country, where another meeting of one of its people or
  /// the article's talks were told; a stay "in X on an official visit" and a headline's "met in
  /// X" place talks; "the (Turkish) capital Ankara" is a place phrase; a city of a recalled
  /// earlier meeting ("last met ...", another year) corrects nothing.
  /// Version 113 (main, session 31): "the visiting premier", "the host president" refer to the
  /// article's person of that title; "Besides / Apart from / In addition to his talks with A,"
  /// is a fronted clause (the main clause's subject met A and the others); a person in a
  /// relative clause the trigger is not in ("who is slated to meet C") is no participant; a
  /// weekday in a plan ("slated to meet ... on Monday") is no day of talks held.
  /// Version 114 (main, session 31): an undertaking on a facility "in X" is located in X with its
  /// facility; a dateline joining two cities ("LIMA-ACCRA.") is the first city's; "today,
  /// Tuesday 13 March 2018" is the spelled-out date; "Operation X", "Typhoon X" are no persons.
  /// Version 115 (main, session 31): a package signed "to strengthen cooperation in" sectors is
  /// in those sectors; "a series of memoranda of understanding" is named by its kind.
  /// Version 116 (main, session 31): a release's dateline dated after its dash ("Oslo, Norway –
  /// (March 3, 2021) ...") names its city; "at State House X" places talks in X; talks told up to
  /// ten words before "in X" ("their two-hour talk in the Grand Hall of ... in X") place them.
  /// Version 117 (main, session 31): two officials of one country get no MET_WITH, even when
  /// they meet alone (no gold of thirty sets has one; the graph links two countries' people).
  /// Version 118 (main, session 32): a package's documents told after "including (in|on)", a
  /// range ("ranging from A to B"), a copula ("the other agreements were in A and B fields"),
  /// "concern" or "cover a broad range of fields including" are one document each; "Other
  /// accords ..." refers back to the package just signed; a split package agrees once per
  /// document, and the sentence's own verb after a list set off by commas is no document.
  /// Version 119 (main, session 32): the dateline's or the last named city gives way when the
  /// meeting's side was visited in another country (the last visit told of a side's country;
  /// "arrived back in" is a return, "visiting X's minister" no visit to X); an earlier meeting
  /// or trip recalled (a recalling word, a year of another year around the city) places
  /// nothing; a trip of the other side told in a relative clause after the meeting is no place;
  /// "a meeting" of nobody named is no site of the talks; "discussions" and "ceremony" tell a
  /// site; "Washington : ..." (a colon set apart by spaces) is a dateline; a visited country's
  /// capital is found however the article accents it.
  /// Version 120 (main, session 32): "the Prime Minister of X, Hon. Y on ...": a style after a
  /// title's comma leaves the person after it the title's.
  /// Version 121 (main, session 32): a participle opening a sentence ("Lauding X for ...") is no
  /// given name; a storm or operation is no person even when a given name follows its kind
  /// ("Hurricane Sandy"-style); the plural of a demonym of two words ("Sri Lankans") is no person.
  /// Version 122 (main, session 33): "A and Minister B met C": each person of a conjoined
  /// subject met the people after the trigger, not each other, whether or not B's country is
  /// stated (B met no one of C's side, so B is not made C's compatriot).
  /// Version 123 (main, session 33): a name the tagger reads as a place after a country's
  /// possessive, a title or an honorific is a person ("Poland's Radoslaw Sikorski", "Mr Novak");
  /// an untitled name after "<Country>'s" or a demonym is of that country; an unknown given name
  /// opening the sentence joins the surname the tagger found alone; a name before a thing's noun
  /// ("the Oruc Reis vessel") is no person; lower-case titles of envoys, negotiators, foreign
  /// secretaries and national security advisers, and "President elect"; a meeting dated after
  /// the article's publication is one to come; the person of a ceremony the talks were held at
  /// ("talks held at X's swearing-in") takes no part in them.
  /// Version 124 (main, session 33): a known person's name that begins an institution's name
  /// ("the Nursultan Nazarbayev University") is the institution's; a patronymic goes on an
  /// untitled name ("Munira bint Khalifa ...") and stays inside a body's name; a body's name
  /// that ends in "of <country>" names that country.
  /// Version 125 (main, session 33): "Paraguay and Argentina ... after Foreign Ministers A and
  /// B met": a plural title's names take the countries the sentence opens with, in order.
  /// Version 126 (main, session 33): Kenya's "CS" (Cabinet Secretary) is a government title.
  /// Version 127 (main, session 33): a name the tagger left untagged after a country's
  /// possessive, with a known given name or surname, is a person of that country ("X's Omar
  /// al-Y and ..."); a known person named as "his <demonym> counterpart" is of that country,
  /// whatever office of another time the open data gives him.
  /// Version 128 (main, session 33): a photo's credit ("(Xinhua/A B)") names no person; "H.H."
  /// and "H.R.H." are styles; a style and a given name ("Sheikh A") are the person named in full
  /// before.
  public static let version = 128
}
