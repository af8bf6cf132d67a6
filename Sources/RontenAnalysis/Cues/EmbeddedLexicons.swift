// Generated from Sources/RontenAnalysis/Lexicons by EmbeddedLexiconsTests; do not edit.
// Regenerate: RONTEN_UPDATE_LEXICONS=1 swift test --filter EmbeddedLexicons

enum EmbeddedLexicons {
    static let files: [String: String] = [
        "acronyms.tsv": ##"""
# Acronyms a general reader of business writing knows without expansion.
# The acronym-not-expanded rule leaves these alone; any other ASCII
# uppercase acronym of 2 to 6 letters should be spelled out once.
#
# Format: one acronym a line (A-Z only), optionally <TAB> a note.
# Countries and unions
US	United States
USA	United States of America
UK	United Kingdom
EU	European Union
UN	United Nations
UAE	United Arab Emirates
# Institutions
IMF	International Monetary Fund
WTO	World Trade Organization
WHO	World Health Organization
OECD	Organisation for Economic Co-operation and Development
NATO	North Atlantic Treaty Organization
NASA	National Aeronautics and Space Administration
FBI	Federal Bureau of Investigation
CIA	Central Intelligence Agency
SEC	Securities and Exchange Commission
FTC	Federal Trade Commission
FDA	Food and Drug Administration
ECB	European Central Bank
BOJ	Bank of Japan
JETRO	Japan External Trade Organization
NHK	Japan Broadcasting Corporation
# Roles
CEO	chief executive officer
CFO	chief financial officer
CTO	chief technology officer
COO	chief operating officer
CIO	chief information officer
CMO	chief marketing officer
CPO	chief product officer
VP	vice president
HR	human resources
PR	public relations
# Business and economics
GDP	gross domestic product
IPO	initial public offering
ESG	environmental, social and governance
SDG	Sustainable Development Goals (SDGs)
ROI	return on investment
KPI	key performance indicator
OK	okay
FAQ	frequently asked questions
VAT	value-added tax
USD	US dollar
JPY	Japanese yen
EUR	euro
GBP	pound sterling
CNY	Chinese yuan
# Technology
AI	artificial intelligence
IT	information technology
DX	digital transformation
PC	personal computer
TV	television
CPU	central processing unit
GPU	graphics processing unit
TPU	tensor processing unit
API	application programming interface
URL	uniform resource locator
HTML	HyperText Markup Language
HTTP	Hypertext Transfer Protocol
HTTPS	Hypertext Transfer Protocol Secure
PDF	Portable Document Format
USB	Universal Serial Bus
SNS	social networking service
SMS	short message service
GPS	Global Positioning System
EV	electric vehicle
LED	light-emitting diode
LCD	liquid-crystal display
OS	operating system
CD	compact disc
DVD	digital versatile disc
RAM	random-access memory
SSD	solid-state drive
VR	virtual reality
AR	augmented reality
GPT	generative pre-trained transformer
LLM	large language model
DNA	deoxyribonucleic acid
COVID	coronavirus disease
# Companies and brands known by their letters
AWS	Amazon Web Services
IBM	International Business Machines
AMD	Advanced Micro Devices
HP	Hewlett-Packard
NEC	NEC Corporation
NTT	Nippon Telegraph and Telephone
KDDI	KDDI Corporation
BMW	Bayerische Motoren Werke
TSMC	Taiwan Semiconductor Manufacturing Company
SAP	SAP SE
ARM	Arm Holdings
"""##,
        "en/analogies.tsv": ##"""
# English analogies: one case offered as a model for another.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

en.analogy.just-as	just as|just like|much like|in the same way|in the same way that|the same way that|the same way|in much the same way|the same strategy|the same playbook|the same approach|the same path|the same trajectory|the same mistake
en.analogy.like-did	like * did|like * has|like * had|like * does|like * once did|as * did|as * once did
en.analogy.akin	akin to|analogous to|similar to|comparable to|reminiscent of|mirrors|mirrored|mirroring|echoes|echoing|parallels|paralleling|resembles|resembling|as if|as though|is the new|à la|a la|the equivalent of|the modern equivalent|a latter-day|the next
en.analogy.akin-not	as if to|as though to	exclude
"""##,
        "en/attributions.tsv": ##"""
# English attributions: whose view a sentence reports.
# named: the source is given ("according to the IMF"); anonymous: it is
# hidden ("some say", "critics argue", "it is believed") — the weasel wording
# of encyclopedic style guides. Longer anonymous entries win over the bare
# named forms they contain.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

en.attribution.according-to	according to|as reported by|as stated by|as noted by|as described by|in the words of|cited by|quoted by|as quoted in	source=named
en.attribution.according-to-some	according to some|according to many|according to critics|according to sources|according to experts|according to analysts|according to reports|according to rumors|according to rumours|according to observers|according to some sources|according to insiders|according to people familiar	source=anonymous
en.attribution.some-say	some say|some argue|some claim|some believe|some suggest|some think|some feel|some contend|some maintain|some have argued|some have suggested|some have said|some have claimed|some would say|some would argue|many say|many argue|many believe|many claim|many feel|many think|many consider|many would argue|others argue|others say|others believe|others claim	source=anonymous
en.attribution.some-people	some people|some critics|some experts|some observers|some analysts|some scholars|some researchers|some commentators|some historians|some scientists|some sources|many people|many experts|many observers|many critics|many analysts|many scholars|many researchers|many commentators|many historians|many scientists|most people|most experts|most observers|most analysts|most scholars|there are those who|people familiar with|sources close to|industry insiders|insiders say|skeptics|sceptics|detractors	source=anonymous
en.attribution.critics	critics say|critics argue|critics claim|critics contend|critics note|critics point out|critics|experts say|experts believe|experts agree|experts warn|observers say|observers note|analysts say|analysts believe|analysts expect|sources say|people say|they say|scientists say|scientists believe|researchers say|commentators say	source=anonymous
en.attribution.it-is-said	it is said|it has been said|it is believed|it is thought|it is argued|it has been argued|it has been suggested|it is claimed|it has been claimed|it is reported|it has been reported|it is rumored|it is rumoured|it is often said|it is widely|it is commonly|it is generally|it is sometimes said|it is alleged|it has been alleged|is said to|are said to|was said to|were said to|is reported to|are reported to|is rumored to|is rumoured to|is believed to|are believed to|is thought to|are thought to|widely regarded|widely considered|widely believed|widely thought|widely seen|widely held|commonly believed|commonly thought|commonly regarded|generally considered|generally regarded|generally believed|often described|often claimed|often cited|often called|sometimes called|sometimes described|has been described as|have been described as|has been called|have been called|has been criticized|has been criticised|has been praised|is viewed as|are viewed as|is seen as|are seen as|often regarded|often considered|often said|is considered by many|considered by some|regarded by many|regarded by some|believed by many|believed by some|by some accounts|by many accounts|the consensus is|conventional wisdom	source=anonymous
en.attribution.studies	studies show|studies have shown|studies suggest|research shows|research has shown|research suggests|evidence suggests|evidence shows|surveys show|reports suggest|reports say|sources indicate	source=anonymous
en.attribution.some-may	some may|some might|some would|many people think|many people believe|many believe|many think|people often say|one could argue|one might argue|one may object|it could be argued|it might be argued	source=anonymous
en.attribution.announced	announced|announced that|reported that|disclosed|disclosed that|said in a statement|told investors	source=named
"""##,
        "en/boosters.tsv": ##"""
# English boosters: wording that claims certainty (after Hyland's
# boosters). Negated forms ("not clear", "not always") are excluded here and
# listed as hedges.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

en.booster.clearly	clearly|obviously|evidently|plainly|manifestly|patently	weight=0.9
en.booster.clear	it is clear|it is clear that|it's clear|it is obvious|it is evident|is clear that|is obvious|is evident|it is certain|it's certain|it is undeniable	weight=0.9
en.booster.undoubtedly	undoubtedly|undeniably|unquestionably|indisputably|incontrovertibly|irrefutably|unarguably|doubtless|no doubt|without doubt|without a doubt|beyond doubt|beyond a doubt|beyond question|without question|there is no doubt|there can be no doubt	weight=1
en.booster.certainly	certainly|definitely|definitively|surely|absolutely|conclusively|decisively|categorically|emphatically	weight=0.9
en.booster.certain	is certain|are certain|am certain|be certain|is sure|are sure|am sure|be sure|I am sure|we are sure|I'm sure|I'm certain|we know|I know|we know that|it is known|is well known|well-known|well known|well established|well-established|firmly established|it is a fact|in fact|indeed|the fact that|actually	weight=0.6
en.booster.always	always|never|invariably|inevitably|inevitable|unavoidably|necessarily|without exception|without fail	weight=0.7
en.booster.must	must|has to be|have to be|is bound to|are bound to|bound to|cannot fail	weight=0.7
en.booster.of-course	of course|naturally|needless to say|it goes without saying|by all means	weight=0.6
en.booster.demonstrate	demonstrate|demonstrates|demonstrated|demonstrating|demonstration|prove|proves|proved|proven|proof|show that|shows that|showed that|shown that|establish that|established that|establishes that|confirm|confirms|confirmed|confirming	weight=0.6
en.booster.guarantee	guarantee|guarantees|guaranteed|assured|assuredly|certain to|sure to|will certainly|will surely|will definitely|will inevitably|will undoubtedly	weight=0.8
en.booster.not	not clear|not obvious|not evident|not certain|not sure|not proven|not necessarily|not always|not definitely|never been shown|not shown|not demonstrated|not established|not confirmed|not known|cannot be sure|unconfirmed|not indeed|of course not|not of course	exclude
"""##,
        "en/causation.tsv": ##"""
# English causation: one thing bringing about another, inside a sentence.
# Format: as hedges.tsv (id <TAB> pattern [<TAB> options]); see that file.
en.causation.because	because|because of|due to|owing to|thanks to|as a result of|caused by|driven by
en.causation.leads	leads to|led to|lead to|results in|resulted in|result in|causes|caused|drives|drove|brings about|brought about|gives rise to
en.causation.so	so that|therefore|thus|hence|consequently|as a result
"""##,
        "en/comparisons.tsv": ##"""
# English comparisons: one thing ranked against another.
# Format: as hedges.tsv (id <TAB> pattern [<TAB> options]); see that file.
en.comparison.than	than
en.comparison.compared	compared with|compared to|in comparison with|relative to|versus|vs.
en.comparison.outperform	outperform|outperforms|outperformed|outpace|outpaces|outpaced|surpass|surpasses|surpassed|beat|beats|exceed|exceeds|exceeded
en.comparison.most	the most|the largest|the biggest|the best|the worst|the fastest|the cheapest|the leading
"""##,
        "en/discourse.tsv": ##"""
# English discourse markers and the relation each signals.
# `start` entries count only at the start of a sentence ("So, …", "Yet …"),
# where they are connectives rather than adverbs.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

en.discourse.because	because|because of|since|as a result of|due to|owing to|thanks to|on account of|given that|in view of	relation=cause
en.discourse.since-not	since #|ever since|since then|since the	exclude
en.discourse.therefore	therefore|thus|hence|consequently|as a result|as a consequence|accordingly|for this reason|for that reason|that is why|that's why|this is why|which is why|it follows that|resulting in|leading to|so that	relation=result
en.discourse.so	so	start relation=result
en.discourse.however	however|but|on the other hand|in contrast|by contrast|whereas|nevertheless|nonetheless|instead|on the contrary|conversely|even so|unlike|rather than|then again|in comparison	relation=contrast
en.discourse.yet	yet|still|rather	start relation=contrast
en.discourse.in-short	in short|in sum|to sum up|in conclusion|to conclude|in summary|to summarize|to summarise|in other words|all in all|taken together|all things considered|in the end|all told|put simply|simply put|in a nutshell|the bottom line is|ultimately|in essence|that is to say	relation=conclusion
en.discourse.overall	overall	start relation=conclusion
en.discourse.for-example	for example|for instance|e.g.|such as|to illustrate|as an example|by way of example|take the case of|a case in point|namely|in particular|notably|especially	relation=example
en.discourse.also	also|moreover|furthermore|in addition|additionally|besides|what is more|what's more|as well as|likewise|similarly|at the same time|on top of that|not only…but also|not only…but	relation=addition
en.discourse.further	further|plus|and	start relation=addition
en.discourse.admittedly	admittedly|granted|although|though|even though|even if|while it is true|it is true that|to be sure|despite|in spite of|albeit|notwithstanding|that said|having said that|be that as it may|of course…but|certainly…but|true…but	relation=concession
en.discourse.if	if|unless|provided that|providing that|as long as|in case|assuming that|only if|in the event that|otherwise|on condition that|whenever	relation=condition
en.discourse.even-if-not	as if	exclude
en.discourse.firstly	firstly|secondly|thirdly|lastly|finally|subsequently|afterwards|afterward|meanwhile|to begin with|first of all|in the first place|in turn|eventually	relation=sequence
en.discourse.first	first|second|third|next|then	start relation=sequence
en.discourse.for	for|for one thing|for another	start relation=cause
"""##,
        "en/evaluations.tsv": ##"""
# English evaluations: judgements of value or importance.
# Format: as hedges.tsv (id <TAB> pattern [<TAB> options]); see that file.
en.evaluation.important	important|crucial|critical|essential|vital|key|significant|matters
en.evaluation.right	right|wrong|correct|mistaken|flawed|misguided|sound|justified
en.evaluation.good	good|bad|better|worse|best|worst|strong|weak|promising|risky|dangerous|attractive|compelling
en.evaluation.judgement	too confident|overconfident|optimistic|pessimistic|overstated|understated|overrated|underrated|brilliant|remarkable|impressive|disappointing
"""##,
        "en/generalisations.tsv": ##"""
# English generalisations: claims about all people, all cases, all times.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

en.generalisation.everyone	everyone|everybody|anyone can|anybody can|no one|nobody|no one can|all people|the whole world|the entire world|each and every|one and all|everywhere|everything
en.generalisation.all	all|every|none|always|never|without exception|in every case|in all cases|universally|invariably|entirely|completely|totally|whatsoever
en.generalisation.all-not	not all|at all|after all|above all|all but|all in all|first of all|all of a sudden|once and for all|for all its|all too|not every|not always|nearly all|almost all|virtually all|almost every|nearly every|almost always|almost never|hardly ever|all right|all the same|in all probability|in all likelihood|all the more|of all	exclude
en.generalisation.every-not	every day|every week|every month|every year|every quarter|every time|every other|every so often|every now and then|every morning	exclude
"""##,
        "en/hedges.tsv": ##"""
# English hedges: wording that holds a claim back from full commitment
# (after Hyland's metadiscourse hedges: modals, epistemic verbs, adverbs,
# approximators). weight: how strongly the entry alone hedges; under 0.5
# ("generally", "approximately") it hedges a sentence only together with
# another hedge.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

en.hedge.may	may	not-month weight=0.8
en.hedge.might	might	weight=0.9
en.hedge.could	could	weight=0.7
en.hedge.would	would	weight=0.4
en.hedge.perhaps	perhaps|maybe|possibly|conceivably|plausibly	weight=0.9
en.hedge.it-is-possible	it is possible that|it is possible|it's possible|the possibility that|a possibility that|it is conceivable that|it is plausible that	weight=0.9
en.hedge.possible	possible|possibility|possibilities|plausible|conceivable	weight=0.4
en.hedge.possible-not	if possible|as possible|whenever possible|where possible|wherever possible|not possible|made possible|make it possible|makes it possible|making it possible|to make possible	exclude
en.hedge.potential	potential|potentially	weight=0.5
en.hedge.probably	probably|probable|presumably|presumable|in all likelihood	weight=0.9
en.hedge.likely	likely|unlikely	weight=0.8
en.hedge.suggest	suggest|suggests|suggested|suggesting|suggestion|suggestive|suggestions	weight=0.7
en.hedge.appear	appear to|appears to|appeared to|appear that|appears that|appeared that|it would appear|apparently|seemingly	weight=0.8
en.hedge.seem	seem|seems|seemed|seeming	weight=0.8
en.hedge.indicate	indicate|indicates|indicated|indicating|indicative|indication	weight=0.4
en.hedge.tend	tend to|tends to|tended to|tendency to|tendency for	weight=0.6
en.hedge.approximately	approximately|roughly|around|about|some|circa|nearly|almost|virtually|many|most|several|numerous|various|a number of	weight=0.2
en.hedge.approximately-not	about the|about this|about that|about it|about how|about what|about whether|about which|about their|about its|about his|about her|about our|talk about|think about|care about|worry about|bring about|brought about|come about|came about|around the world|all around|turn around|turned around|some of the|for some|some time|sometimes	exclude
en.hedge.some-cases	in some cases|in most cases|in many cases|in certain cases|in some instances|under certain conditions|in some circumstances	weight=0.5
en.hedge.extent	to some extent|to a certain extent|to some degree|to a certain degree|to a large extent|to an extent|in part|partly|partially|in a sense|in some sense|in some ways|in some respects	weight=0.5
en.hedge.arguably	arguably|one could argue|it could be argued|it can be argued|it may be argued|I would argue|I'd argue	weight=0.8
en.hedge.believe	we believe|I believe|we think|I think|we feel|I feel|we suspect|I suspect|we guess|I guess|I suppose|we suppose|in my opinion|in our opinion|in my view|in our view|to my mind	weight=0.8
en.hedge.believed	believe|believes|believed|belief	weight=0.6
en.hedge.thought	is thought|are thought|was thought|were thought|thought to|is considered|are considered|was considered|were considered|is regarded|are regarded	weight=0.7
en.hedge.suspect	suspect|suspects|suspected|speculate|speculates|speculated|speculative|speculation|speculatively	weight=0.8
en.hedge.hypothesis	hypothesis|hypotheses|hypothesize|hypothesized|hypothesizes|hypothesise|hypothesised|hypothetical|hypothetically|postulate|postulated|postulates|conjecture|conjectured	weight=0.7
en.hedge.putative	putative|putatively|presume|presumed|presumes|assume|assumed|assumes|assuming|assumption	weight=0.6
en.hedge.propose	propose that|proposed that|proposes that|we propose|it has been proposed|has been proposed|have been proposed|proposed to|is proposed|are proposed	weight=0.7
en.hedge.unclear	unclear|not clear|uncertain|uncertainty|not known|unknown whether|remains unknown|remain unknown|is unknown|are unknown|remains to be|remain to be|open question|debatable|doubtful|questionable|unresolved|unproven	weight=0.7
en.hedge.doubt-not	no doubt|without doubt|beyond doubt|without a doubt|beyond a doubt	exclude
en.hedge.whether	whether|whether or not	weight=0.5
en.hedge.generally	generally|usually|often|typically|normally|commonly|frequently|occasionally|sometimes|largely|mostly|mainly|predominantly|in general|as a rule|on the whole|by and large	weight=0.3
en.hedge.somewhat	somewhat|relatively|fairly|rather|quite|slightly|a bit|a little|kind of|sort of|more or less	weight=0.3
en.hedge.somewhat-not	rather than|would rather|or rather|quite a few	exclude
en.hedge.essentially	essentially|basically|practically|in principle|in theory|theoretically|ostensibly	weight=0.4
en.hedge.estimate	estimate|estimated|estimates|estimation|approximate|approximated	weight=0.2
en.hedge.reportedly	reportedly|allegedly|supposedly|purportedly|rumoured|rumored|alleged|purported|so-called	weight=0.9
en.hedge.knowledge	to our knowledge|to my knowledge|as far as we know|as far as I know|to the best of our knowledge|to the best of my knowledge	weight=0.6
en.hedge.consistent	consistent with|in line with|compatible with	weight=0.4
en.hedge.not-necessarily	not necessarily|not always|not entirely|not fully|not completely|not quite|not all	weight=0.6
en.hedge.likely-to	is likely to|are likely to|was likely to|were likely to|is unlikely to|are unlikely to|more likely|less likely|most likely	weight=0.9
en.hedge.could-be	could be|may be|might be|could have|may have|might have|would be	weight=0.8
en.hedge.implies	imply|implies|implied|implying	weight=0.5
en.hedge.expected	expected to|expect that|expected that	weight=0.4
"""##,
        "en/predictions.tsv": ##"""
# English prediction cues: statements about the future.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

en.prediction.will	will|won't|shall|will be|will have|will not
en.prediction.will-not	free will|the will of|a will|his will|her will|their will|political will|ill will|good will|will power|willpower|against the will	exclude
en.prediction.going-to	is going to|are going to|am going to|is about to|are about to|is set to|are set to|is poised to|are poised to|is expected to|are expected to|is projected to|are projected to|is forecast to|are forecast to|is predicted to|are predicted to|is slated to|are slated to|is on track to|are on track to|is likely to|are likely to|is bound to|are bound to
en.prediction.future	in the future|in future|the future of|in the coming years|in the years ahead|in the years to come|in the coming decade|in the next decade|in the next few years|in the long run|in the long term|in the near future|over the coming|in the decades ahead|next year|next decade|within * years|within the next|by the end of the decade|by the end of the century|by the end of next year|sooner or later|one day|someday|eventually
en.prediction.by-year	by 20#|by the year 20#
en.prediction.forecast	forecast|forecasts|predict|predicts|prediction|predictions|projected|projection|projections|outlook
en.prediction.forecast-not	that prediction|this prediction|the prediction|that forecast|this forecast|that projection|this projection	exclude
"""##,
        "en/recommendations.tsv": ##"""
# English recommendations: wording that says what ought to be done.
# Format: as hedges.tsv (id <TAB> pattern [<TAB> options]); see that file.
en.recommendation.should	should|ought to|had better|should not|shouldn't
en.recommendation.recommend	we recommend|I recommend|recommend that|we propose|we suggest that|we urge
en.recommendation.need-to	need to|needs to|must not|have to|has to
en.recommendation.lets	let us|let's	start
"""##,
        "en/weak-phrases.tsv": ##"""
# English weak phrases: wording a style rule may want made firmer
# (qualifiers and intensifiers that dilute a sentence).
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

en.weak.i-think	I think|I believe|I feel|I guess|I suppose|I would say|I'd say|I would argue|I'd argue|you could say|one could say|it seems to me|in my opinion|in my humble opinion|IMHO
en.weak.sort-of	sort of|kind of|so to speak|more or less|to a certain degree|to some extent|to a degree
en.weak.sort-of-not	a kind of|the kind of|this kind of|that kind of|what kind of|any kind of|one kind of|a sort of|the sort of|this sort of|that sort of|what sort of|any sort of|all kinds of|all sorts of	exclude
en.weak.very	very|really|quite|rather|somewhat|pretty much|fairly|a bit|a little|just|basically|actually|literally|truly|extremely|totally
en.weak.very-not	rather than|would rather|a little more|just as|just like|just in time	exclude
en.weak.maybe	maybe|perhaps|probably|possibly
en.weak.very-well-not	very well	start exclude
"""##,
        "entities.tsv": ##"""
# Entity gazetteer: names Ronten knows, each under one canonical name.
# Format: canonical <TAB> kind <TAB> other names separated by |
# kind: organisation, product, person, place, other. Latin names match as
# whole words with their exact letter case; Japanese names match anywhere.
Meta	organisation	Meta Platforms|メタ|Facebook社
Facebook	product	フェイスブック
Instagram	product	インスタグラム
WhatsApp	product	ワッツアップ
OpenAI	organisation	オープンAI
Anthropic	organisation	アンソロピック
Google	organisation	グーグル|Alphabet
Microsoft	organisation	マイクロソフト
Amazon	organisation	アマゾン
AWS	product	Amazon Web Services|アマゾン ウェブ サービス
Apple	organisation	アップル
Nvidia	organisation	NVIDIA|エヌビディア
Intel	organisation	インテル
Android	product	アンドロイド
iOS	product	
ChatGPT	product	チャットGPT
LLaMA	product	Llama|LLAMA|ラマ
GPT-4	product	GPT4
Gemini	product	ジェミニ
Claude	product	
Windows	product	ウィンドウズ
Linux	product	リナックス
Superintelligence Labs	organisation	Meta Superintelligence Labs
Toyota	organisation	トヨタ|トヨタ自動車
Sony	organisation	ソニー
SoftBank	organisation	ソフトバンク
NTT	organisation	日本電信電話
Hitachi	organisation	日立|日立製作所
Panasonic	organisation	パナソニック
Tesla	organisation	テスラ
IMF	organisation	国際通貨基金
OECD	organisation	経済協力開発機構
World Bank	organisation	世界銀行
European Union	organisation	EU|欧州連合
United Nations	organisation	UN|国連
Japan	place	日本
United States	place	U.S.|US|USA|アメリカ|米国
China	place	中国
Europe	place	欧州|ヨーロッパ
Tokyo	place	東京
総務省	organisation	Ministry of Internal Affairs and Communications
経済産業省	organisation	経産省|METI
GitHub	product	ギットハブ
Kubernetes	product	
Swift	product	
Rust	product	
"""##,
        "ja/analogies.tsv": ##"""
# Japanese analogies: one case offered as a model for another.
# のように also introduces lists and references (次のように, このように);
# those are excluded.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

ja.analogy.onaji	と同じ戦略|と同じ手法|と同じ構図|と同じ道|と同じ轍|と同じ過ち|と同じパターン|と同じ論理|と同じ理屈|と同じ運命|と同じ手口|と同じやり方|と同じことが|と同じように|と同じく
ja.analogy.douyou	と同様に|と同様の|と同様、|同様の戦略|同様の手法|同様の構図|同様のパターン|同様のアプローチ
ja.analogy.nazorae	になぞらえ|になぞらえる|を彷彿とさせる|をほうふつとさせる|を思わせる|を思い起こさせる|の再来|の二の舞|二の舞を演じ|と重なる|と重なって見える
ja.analogy.marude	さながら|まるで|あたかも|いわば|言わば|いってみれば|言ってみれば
ja.analogy.niteiru	に似ている|に似た|と似ている|と似た|に似て|に例えれば|に例えると|にたとえれば|にたとえると|に例えるなら|にたとえるなら
ja.analogy.noyouni	のように|のごとく|の如く
ja.analogy.noyouni-not	次のように|以下のように|下記のように|上記のように|前述のように|先述のように|後述のように|このように|そのように|どのように|あのように|ご存じのように|ご存知のように|周知のように|図のように|表のように|いつものように	exclude
ja.analogy.onaji-end	と同じだ|と同じである|と同じです|と同じことだ|と同じ構図だ|と同じ道をたどる	end
ja.analogy.to-onaji	戦略と同じ|手法と同じ|構図と同じ|やり方と同じ|パターンと同じ|モデルと同じ
"""##,
        "ja/attributions.tsv": ##"""
# Japanese attributions: whose view a sentence reports.
# named: the source is given (〜によると after a name); anonymous: it is hidden
# (〜という声もある, 関係者によると). Longer anonymous entries win over the
# bare named forms they contain.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

ja.attribution.niyoruto	によると|によれば|によりますと|の発表によると|の調査によると|の報告によると|の報告書によると|の分析によると	source=named
ja.attribution.nobeta	と述べた|と述べている|と述べています|と語った|と語っている|と指摘した|と指摘している|と発表した|と説明した|と説明している|と主張する|と主張している|と主張した|と強調した|と明かした|は述べている	source=named
ja.attribution.koe	を…声もあれば|を…声もあった|を…声もある|を…声が上が|を…声も上が|を…声が出て|という声|との声|声もあれば|声もあった|声もある|声が上が|声も上が|声が聞かれる|声も聞かれる|声が多い|声も多い|声が出ている	source=anonymous
ja.attribution.iwareru	と言われている|といわれている|と言われる|といわれる|と言われており|と噂される|と噂されている|と噂されて|とうわさされる|と伝えられている|と伝えられる|と報じられている|と報じられた	source=anonymous
ja.attribution.mikata	との見方がある|との見方もある|との見方が|との見方も|という見方もある|という見方が|との指摘もある|との指摘がある|という指摘もある|との意見もある|という意見もある|との意見が|という説もある|との説もある|という説が|との批判もある|という批判もある|との批判が	source=anonymous
ja.attribution.hitomoiru	という人もいる|と言う人もいる|という人も|と考える人もいる|と考える人も|と見る向きもある|とする向きもある|と見る向きも|とする向きも|と見る向きが	source=anonymous
ja.attribution.kankeisha	関係者によると|関係者によれば|関係者は|消息筋によると|消息筋によれば|消息筋は|事情に詳しい人物|事情に詳しい関係者|業界関係者|専門家によると|専門家によれば|専門家の間では|専門家は|専門家の間で|一部の専門家|一部では|一部の人々|一部の人は|一部のアナリスト|多くの専門家|多くの人が|多くの人々が|多くのアナリスト|アナリストは|批評家は|批判者は|識者は|識者の間では|市場関係者|市場では|ある専門家|あるアナリスト	source=anonymous
ja.attribution.senmonka	と考える専門家もいる|と見る専門家もいる|と指摘する専門家もいる|と主張する専門家もいる|と考える向きもある|という意見もある|との意見もある|という批判もある|との批判もある|と批判する声もある	source=anonymous
ja.attribution.mo-iru	と考える専門家もいる|と見る専門家もいる|と指摘する専門家もいる|と考えるアナリストもいる|と見るアナリストもいる|専門家もいる|アナリストもいる	source=anonymous
ja.attribution.happyou	を発表した|を公表した|を明らかにした	source=named
ja.attribution.kataru	と語る|と述べる|と話す|と話した|は語る|は述べる|は話す|は強調する|は説明する	source=named
ja.attribution.toiu-koe	という声もある|という声もあった|という声もあれば|という声が多い|という声が上が|との声もある|との声もあった|との声が上が|との声が多い	source=anonymous
"""##,
        "ja/boosters.tsv": ##"""
# Japanese boosters: wording that claims certainty.
# Exclusions keep look-alikes out: 明らかになる (becomes clear), 確実にする
# (to make sure), 不確実, 必ずしも (not necessarily) are not boosters.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

ja.booster.akirakani	明らかに	weight=0.9
ja.booster.akirakani-not	明らかにな|明らかにし|明らかにさ|明らかにす|明らかではない|明らかでない|明らかではなかった	exclude
ja.booster.akiraka	明らかだ|明らかである|明らかです|明白だ|明白である|明白な|明白に|自明だ|自明である|自明の	weight=0.9
ja.booster.kakujitsu	確実に|確実だ|確実である|確実です|確実な|確実視	weight=0.9
ja.booster.kakujitsu-not	不確実|確実にし|確実にす|確実にさ|確実ではない|確実でない	exclude
ja.booster.kanarazu	必ず|必ずや	weight=0.9
ja.booster.kanarazu-not	必ずしも	exclude
ja.booster.machigainaku	間違いなく|間違いない|間違いありません|疑いなく|疑いない|疑いの余地はない|疑う余地はない|疑う余地がない|紛れもなく|まぎれもなく|紛れもない|まぎれもない	weight=1
ja.booster.touzen	当然|当然だ|当然である|当たり前だ|言うまでもない|いうまでもない|言うまでもなく|いうまでもなく	weight=0.7
ja.booster.mochiron	もちろん|勿論|無論|むろん	weight=0.6
ja.booster.zettai	絶対に|絶対だ|絶対である|確実無比	weight=0.9
ja.booster.kesshite	決して	weight=0.8
ja.booster.sadamatte	すでに定まっている|既に定まっている|定まっている|決まっている|決まったも同然|確定している|確定的だ|決定的だ|決定的である|決定的に	weight=0.9
ja.booster.chigainai	に違いない|に違いありません|にちがいない|に相違ない|に決まっている	weight=1
ja.booster.tashika	確かだ|確かである|確かです|確かな事実	weight=0.8
ja.booster.kakushin	と確信している|と確信する|と確信しています|確信している|確信を持って	weight=0.8
ja.booster.kakushin-not	確信が持てない|確信はない	exclude
ja.booster.dangen	と断言できる|断言できる|と断言する|断言する	weight=0.9
ja.booster.hitsuzen	必然的に|必然だ|必然である|不可避だ|不可避である|避けられない|避けようがない|免れない	weight=0.9
ja.booster.shoumei	を証明している|を証明した|が証明された|を実証した|を実証している|が実証された|を裏付けている|を裏付けた|ことを示している|ことを示した|ことが示された	weight=0.6
ja.booster.hakkiri	はっきりと|はっきりしている|はっきり言える	weight=0.7
ja.booster.hakkiri-not	はっきりしない|はっきりとはわからない	exclude
ja.booster.tsuneni	常に|いつも|例外なく	weight=0.6
ja.booster.jijitsu	事実上|まさに|紛うことなき|本質的に	weight=0.4
ja.booster.jissai	実際に|実のところ	weight=0.3
ja.booster.tsuneni-not	非常に|非常な|異常に|正常に|通常に|日常に|恒常的に	exclude
"""##,
        "ja/causation.tsv": ##"""
# Japanese causation: one thing bringing about another, inside a sentence.
# Format: as hedges.tsv (id <TAB> pattern [<TAB> options]); see that file.
ja.causation.motarasu	をもたらす|をもたらした|をもたらし|につながる|につながった|に繋がる|を招く|を招いた|を生む|を生んだ|を引き起こす|を引き起こした
ja.causation.niyori	により|によって|によるもの|が原因で|が原因だ|のせいで|のおかげで
ja.causation.tame	ためだ|ためである|ためです|からだ|からである|からです
ja.causation.koto-de	ことで|ことにより|ことによって
ja.causation.kekka	その結果|結果として|結果、
"""##,
        "ja/comparisons.tsv": ##"""
# Japanese comparisons: one thing ranked against another.
# Format: as hedges.tsv (id <TAB> pattern [<TAB> options]); see that file.
ja.comparison.yori	よりも|より	weight=0.6
ja.comparison.kuraberu	と比べ|に比べ|と比較して|に比較して|と比べれば|に比べれば|と比べて|に比べて
ja.comparison.uwamawaru	を上回る|を上回った|を下回る|を下回った|を凌駕|をしのぐ|を超える|を超えた|に勝る|に劣る
ja.comparison.saidai	最大|最小|最高|最低|最も|最大級|トップ|首位
ja.comparison.bai	倍に|倍の|倍以上
"""##,
        "ja/discourse.tsv": ##"""
# Japanese discourse markers and the relation each signals.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

ja.discourse.dakara	だから|ですから|それだから	relation=result
ja.discourse.nazenara	なぜなら|なぜならば|というのも|と言うのも	relation=cause
ja.discourse.shitagatte	したがって|従って|それゆえ|それ故|それ故に|ゆえに|故に	relation=result
ja.discourse.yotte	よって	start relation=result
ja.discourse.sonotame	そのため|このため|そのために|このために|そのせいで|そのおかげで	relation=result
ja.discourse.kekka	その結果|結果として|結果的に|この結果|その結果として	relation=result
ja.discourse.sokode	そこで	start relation=result
ja.discourse.kotokara	ことから|ことにより|ことによって|ためだ|ためである|ためです	relation=cause
ja.discourse.shikashi	しかし|しかしながら|だが|けれども|けれど|ところが|ですが	relation=contrast
ja.discourse.ippou	一方|一方で|他方|他方で|その反面|反面|それに対して|これに対して|これに対し|それに対し|対照的に|逆に|反対に	relation=contrast
ja.discourse.ippou-not	一方的|一方通行	exclude
ja.discourse.mushiro	むしろ|かえって|それどころか	relation=contrast
ja.discourse.soredemo	それでも|にもかかわらず|にも関わらず|それにもかかわらず	relation=contrast
ja.discourse.dehanaku	ではなく|ではなくて|のではなく	relation=contrast
ja.discourse.demo	でも	start relation=contrast
ja.discourse.tsumari	つまり|すなわち|即ち|要するに|言い換えれば|言い換えると|換言すれば	relation=conclusion
ja.discourse.kekkyoku	結局|結局のところ|総じて|結論として|結論から言えば|まとめると|要約すると|以上のことから|以上から|以上より|以上を踏まえると|こうして	relation=conclusion
ja.discourse.awaseru	これらを合わせると|これらを合わせることで|これらを合わせれば|これらを総合すると|これらを踏まえると|総合すると|総合的に見て	relation=conclusion
ja.discourse.konoyouni	このように|こうしたことから	start relation=conclusion
ja.discourse.tatoeba	例えば|たとえば|具体的には|具体的に言えば|具体的にいうと|一例として|例として|例を挙げると|を例に|を例にとると|の一例だ|が好例だ	relation=example
ja.discourse.mata	また	start relation=addition
ja.discourse.mata-not	または|またがる|まただ|またもや	exclude
ja.discourse.sonoue-not	その上に|その上を|その上で動	exclude
ja.discourse.sarani	さらに|更に|加えて|それに加えて|これに加えて|しかも|そのうえ|その上で|その上|同時に|あわせて|併せて|くわえて|のみならず|だけでなく|ばかりでなく|それに|おまけに	relation=addition
ja.discourse.nao	なお|ちなみに	start relation=addition
ja.discourse.tashikani	確かに…が|確かに…しかし|確かに…だが|確かに…けれども|たしかに…が|たしかに…しかし|もちろん…が|もちろん…しかし|無論…が|確かに|たしかに	relation=concession
ja.discourse.tohaie	とはいえ|とは言え|とはいうものの|とは言うものの|ものの|にせよ|にしても|としても|ではあるが|であるものの	relation=concession
ja.discourse.moshi	もし|もしも|仮に|万一|万が一	relation=condition
ja.discourse.naraba	ならば|であれば|場合には|場合は|としたら|とすれば|のであれば|限りは|なければ	relation=condition
ja.discourse.mazu	まず|最初に|はじめに|初めに|第一に|第二に|第三に|次に|続いて|その後|そののち|最後に|最終的に|ついで|第一段階	relation=sequence
ja.discourse.moshi-not	かもしれ|かも知れ|もしくは	exclude
"""##,
        "ja/evaluations.tsv": ##"""
# Japanese evaluations: judgements of value or importance.
# Format: as hedges.tsv (id <TAB> pattern [<TAB> options]); see that file.
ja.evaluation.juuyou	重要だ|重要である|重要です|重要な|極めて重要|非常に重要|肝要だ|不可欠だ|不可欠である|鍵だ|鍵となる|カギとなる
ja.evaluation.tadashii	正しい|誤りだ|間違いだ|間違っている|妥当だ|不当だ|適切だ|不適切だ
ja.evaluation.yoi	優れている|優れた|優位性|強み|弱み|劣っている|問題だ|問題である|問題がある|有望だ|危険だ|魅力的だ
ja.evaluation.kachi	価値がある|意味がある|意義がある|取るに足らない|楽観的すぎる|悲観的すぎる|過大評価|過小評価
ja.evaluation.tensai	天才|画期的|革命的|致命的|深刻な|根本的な
"""##,
        "ja/generalisations.tsv": ##"""
# Japanese generalisations: claims about all people, all cases, all times.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

ja.generalisation.daremo	誰もが|だれもが|誰でも|だれでも|誰しも|誰一人|誰ひとり|一人残らず|万人が|万人に
ja.generalisation.subete	すべての|全ての|すべて|全て|あらゆる|全部|何もかも|例外なく|どれも|どこでも|いつでも|全員|皆|みんな|全世界
ja.generalisation.subete-not	ほぼすべて|ほぼ全て|ほとんどすべて|ほとんど全て|すべてではない|全てではない|必ずしもすべて|皆無|皆さん|皆様	exclude
ja.generalisation.tsuneni	常に|いつも|絶えず|決して…ない|一度も…ない
ja.generalisation.tsuneni-not	非常に|非常な|異常に|正常に|通常に|日常に|恒常的に	exclude
"""##,
        "ja/hedges.tsv": ##"""
# Japanese hedges: wording that holds a claim back from full commitment.
# weight: how strongly the entry alone hedges; under 0.5 (ほぼ, 一般に) it
# hedges a sentence only together with another hedge.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

ja.hedge.kamoshirenai	かもしれない|かもしれません|かもしれず|かもしれぬ|かも知れない|かも知れません|かもしれなかった	weight=0.9
ja.hedge.kamo	かも	end weight=0.8
ja.hedge.kanousei	可能性がある|可能性があります|可能性もある|可能性が高い|可能性が考えられる|可能性を否定できない|可能性は否定できない|可能性を秘めている|可能性	weight=0.7
ja.hedge.kanousei-nai	可能性はない|可能性はゼロ|可能性はまったくない|可能性は全くない	exclude
ja.hedge.to-omowareru	と思われる|と思われます|と思われた|とも思われる|と思われている	weight=0.8
ja.hedge.to-kangaerareru	と考えられる|と考えられます|と考えられている|とも考えられる|と考えられた	weight=0.7
ja.hedge.to-mirareru	とみられる|と見られる|とみられます|と見られます|とみられている|と見られている|とみられ|と見られ	weight=0.8
ja.hedge.darou	だろう|であろう|でしょう|であろうか	weight=0.8
ja.hedge.darouka	だろうか|でしょうか	weight=0.5
ja.hedge.youda	ようだ|ようです|ようである|ように思われる|ように思える|ように見える|ように見受けられる|ようにみえる	weight=0.7
ja.hedge.rashii	らしい|らしく	weight=0.5
ja.hedge.rashii-not	素晴らしい|すばらしい|あたらしい|めずらしい|可愛らしい|かわいらしい|わざとらしい|男らしい|女らしい|子供らしい|人間らしい|自分らしい|らしさ|馬鹿らしい|ばからしい|憎らしい|汚らしい|いやらしい	exclude
ja.hedge.sou	そうだ|そうです|そうである	weight=0.5
ja.hedge.to-sareru	とされる|とされている|とされています|とされた|とされ	weight=0.7
ja.hedge.to-iwareru	と言われる|といわれる|と言われている|といわれている|と言われています|と言われ	weight=0.7
ja.hedge.osoraku	恐らく|おそらく	weight=0.9
ja.hedge.tabun	多分|たぶん	weight=0.8
ja.hedge.douyara	どうやら|どうも…らしい	weight=0.7
ja.hedge.ippan	一般に|一般的に|概して|大抵|たいてい|往々にして	weight=0.3
ja.hedge.keikou	傾向がある|傾向にある|傾向が見られる|傾向がみられる|傾向も見られる	weight=0.5
ja.hedge.uru	しうる|し得る|しえる|ありうる|あり得る|ありえる|起こりうる|起こり得る|なりうる|なり得る|なりえる|できうる	weight=0.6
ja.hedge.kanenai	かねない|かねません|かねず	weight=0.7
ja.hedge.tomoieru	とも言える|ともいえる|と言えよう|といえよう|とも言えよう|ともいえよう|と言えなくもない|といえなくもない	weight=0.6
ja.hedge.hazu	はずだ|はずである|はずです|はずの	weight=0.5
ja.hedge.suisoku	と推測される|と推定される|と推察される|と推測できる|と推測する|と予想される|と予測される|と推測されている	weight=0.7
ja.hedge.to-omou	と思う|と思います|と思っている|と思われる人|と考える|と考えます|と考えている	weight=0.6
ja.hedge.kigasuru	気がする|気がします|気がしてならない	weight=0.7
ja.hedge.nodehanaika	のではないか|のではないだろうか|のではないでしょうか|ではないだろうか|ではなかろうか|のではなかろうか	weight=0.7
ja.hedge.okashikunai	てもおかしくない|でもおかしくない|ても不思議ではない|でも不思議ではない|ても不思議はない	weight=0.6
ja.hedge.kanarazushimo	必ずしも	weight=0.7
ja.hedge.hobo	ほぼ|ほとんど|おおむね|概ね|おおよそ|およそ	weight=0.3
ja.hedge.aruteido	ある程度|ある意味|ある意味で|ある面で|一定程度|ある程度は	weight=0.5
ja.hedge.kagiranai	とは限らない|とは限りません|とは言い切れない|とは言い切れません|とは断言できない|とはいいきれない	weight=0.7
ja.hedge.fumei	不明だ|不明である|不明な点|明らかではない|明らかでない|定かではない|定かでない|はっきりしない|はっきりとはわからない|わからない|分からない|不透明だ|不透明である|未知数だ|未知数である|未知数	weight=0.6
ja.hedge.shisa	示唆する|示唆している|示唆される|示唆された|示唆しています|示唆的だ|示唆	weight=0.7
ja.hedge.mitai	みたいだ|みたいです	weight=0.6
ja.hedge.kamo-shirenai-to	と言えるかもしれない	weight=0.9
ja.hedge.sukunakutomo	少なくとも…では	weight=0.4
ja.hedge.kakushin-nai	確信が持てない|確信はない|断定できない|断定はできない|言い切れない	weight=0.8
"""##,
        "ja/predictions.tsv": ##"""
# Japanese prediction cues: statements about the future.
# だろう is a prediction when it closes a statement; as a question (だろうか)
# it is not, so that is excluded here (it stays a weak hedge).
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

ja.prediction.darou	だろう|であろう|でしょう|となろう|になろう
ja.prediction.darou-not	だろうか|でしょうか|であろうか	exclude
ja.prediction.naru	となる|となります|となるだろう|になるだろう|ことになる|ことになろう|ようになる
ja.prediction.kongo	今後|将来|将来的に|近い将来|近いうちに|いずれ|やがて|これから|この先|来年|来期|来年度|数年後|数年以内に|今後数年
ja.prediction.mikomi	見込み|見込まれる|見込まれている|見通し|予想される|予測される|と予想|と予測|予定だ|予定である|予定です|計画だ|はずだ|見通しだ|に違いない|するだろう
ja.prediction.year	#年までに|#年には|#年代には|#年以降|#年頃には|#年ごろには
ja.prediction.nendo	#年度までに|#年度には|#年度以降|#年度中に
ja.prediction.mitoshi-not	その見通し|この見通し|同社の見通し	exclude
"""##,
        "ja/recommendations.tsv": ##"""
# Japanese recommendations: wording that says what ought to be done.
# Format: as hedges.tsv (id <TAB> pattern [<TAB> options]); see that file.
ja.recommendation.beki	べきだ|べきである|べきです|べきではない|べきでない|べき|すべきだ|すべきである
ja.recommendation.hitsuyou	必要がある|必要があります|必要だ|必要である|必要です
ja.recommendation.hou-ga-yoi	ほうがよい|方がよい|ほうが良い|方が良い|ほうがいい|方がいい
ja.recommendation.teigen	提言する|提言します|提案する|提案します|推奨する|推奨します|勧める|勧めます
ja.recommendation.nakereba	なければならない|なければなりません|ねばならない|ざるを得ない
ja.recommendation.you	しよう|ましょう	end
"""##,
        "ja/weak-phrases.tsv": ##"""
# Japanese weak phrases: wording a style rule may want made firmer.
# Patterned on the weak-phrase rule of Japanese technical writing: かも,
# 思う/思います, 気がする, and doubled hedges such as 可能性を示唆.
# と思われる (an impersonal hedge) is not a weak phrase.
#
# Format: one cue a line, columns separated by tabs:
#   id <TAB> pattern [<TAB> options]
# id: unique across all lexicons, <language>.<kind>.<name>.
# pattern: a|b alternatives of one entry; … or * marks a gap of any text within
#   the sentence (at most 120 bytes); # at either end of a piece stands for
#   digits (by 20# finds "by 2030"); a leading or trailing 〜 only shows where
#   the cue attaches and is ignored. Japanese matches the surface text
#   anywhere; English matches whole words, ignoring case ("may" is not in
#   "mayor", "could" is not in "couldn't"); ' also finds ’.
# options, space-separated: weight=0..1 (strength, default 1), relation=…,
#   source=named|anonymous, exclude (looks like a cue of this kind but is not
#   one; it wins over shorter matches and is then dropped), start / end (only
#   at the start / end of a sentence), case (exact letter case), not-month
#   ("May" the month is not the modal).
# Where matches of this kind overlap, the longest wins.

ja.weak.kamoshire	かもしれ|かも知れ
ja.weak.kamo	かも	end
ja.weak.omou	と思う|と思います|と思っています|と思っている|と思いました|と思った|と思うのですが|とおもう|とおもいます
ja.weak.kigasuru	気がする|気がします|ような気がする|ような気がします|気がしてならない
ja.weak.kanjiru	と感じる|と感じます|と感じている
ja.weak.kanousei-shisa	可能性を示唆|可能性が示唆
ja.weak.nanto	なんとなく|何となく|ちょっと|なんか
ja.weak.deshouka	ではないでしょうか|のではないでしょうか|ではないかと思います|のではないかと思います
"""##,
    ]
}
