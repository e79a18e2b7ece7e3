"""More lines of the alias table (matching.aliases reads them after its own): places,
peoples and bodies whose names differ in French and English news, in the same format, one
key and its folded forms a line (a key already used adds forms to it).

Kept apart so that each module stays short. What is here: France's overseas territories
(a French claim names them one way, an English one another: Nouvelle-Calédonie / New
Caledonia), the regions and cities of neighbouring countries whose names change, the
countries the first table lacked, demonyms written as two words ("sud-coréen" / "South
Korean"), and international bodies with an acronym in each language. A single-word form is
also a common word elsewhere only when the line says so by using a phrase instead
("la-reunion", not "reunion", which is a meeting; "ile-maurice", not the first name).
"""

PLACES = """
newcaledonia: nouvelle-caledonie new-caledonia caledonie caledonia caledonien caledonienne caledoniens
frenchpolynesia: polynesie-francaise french-polynesia polynesie polynesia polynesien
frenchguiana: guyane french-guiana guyane-francaise guyanais
reunion: la-reunion ile-de-la-reunion reunion-island reunionnais
guadeloupe: guadeloupe guadeloupeen
martinique: martinique martiniquais
mayotte: mayotte mahorais
wallis: wallis-et-futuna wallis-and-futuna
southkorea: sud-coreen sud-coreenne sud-coreens sud-coreennes south-korean south-koreans
northkorea: nord-coreen nord-coreenne nord-coreens north-korean north-koreans
seoul: seoul
pyongyang: pyongyang
castilla-la-mancha: castilla-la-mancha castille-la-manche
castile: castile castille castilla
valencia: valencia valence valencien valencienne valencian
galicia: galicia galice
basque-country: basque-country pays-basque
balearics: balearic-islands baleares iles-baleares
canaries: canary-islands canaries iles-canaries
majorca: majorca mallorca majorque
zaragoza: zaragoza saragosse
lower-saxony: lower-saxony basse-saxe
saxony: saxony saxe
rhineland: rhineland rhenanie
lombardy: lombardy lombardie
piedmont: piedmont piemont
turin: turin torino
apulia: apulia pouilles
scotland: scotland ecosse scottish ecossais
wales: wales pays-de-galles welsh gallois
northern-ireland: northern-ireland irlande-du-nord
cape-town: cape-town le-cap
new-orleans: new-orleans la-nouvelle-orleans
quebec: quebec quebecois
mexico-city: mexico-city
southsudan: south-sudan soudan-du-sud
centralafrica: central-african-republic centrafrique republique-centrafricaine
burkina: burkina-faso burkina
uganda: uganda ouganda ugandan ougandais
rwanda: rwanda rwandan rwandais
burundi: burundi
ghana: ghana ghanaian ghaneen
benin: benin
togo: togo
gabon: gabon
congo: congo-brazzaville republique-du-congo
madagascar: madagascar malagasy malgache
mauritius: mauritius ile-maurice mauricien
comoros: comoros comores comorien
eritrea: eritrea erythree
djibouti: djibouti
mauritania: mauritania mauritanie
sierra-leone: sierra-leone
liberia: liberia
angola: angola
north-macedonia: north-macedonia macedoine-du-nord
montenegro: montenegro
kosovo: kosovo
luxembourg: luxembourg luxembourgeois
monaco: monaco monegasque
vatican: vatican holy-see saint-siege
uzbekistan: uzbekistan ouzbekistan
kyrgyzstan: kyrgyzstan kirghizistan
tajikistan: tajikistan tadjikistan
turkmenistan: turkmenistan
laos: laos
east-timor: east-timor timor-oriental timor-leste
dominican-republic: dominican-republic republique-dominicaine
jamaica: jamaica jamaique
guatemala: guatemala
honduras: honduras
nicaragua: nicaragua
el-salvador: el-salvador salvador
costa-rica: costa-rica
panama: panama
puerto-rico: puerto-rico porto-rico
bahrain: bahrain bahrein
esa: esa agence-spatiale-europeenne european-space-agency
nasa: nasa
ipcc: giec ipcc
wef: forum-economique-mondial world-economic-forum
african-union: union-africaine african-union
ioc: cio ioc comite-international-olympique international-olympic-committee
echr: cedh echr cour-europeenne-des-droits-de-l-homme european-court-of-human-rights
cjeu: cjue cjeu cour-de-justice-de-l-union-europeenne european-court-of-justice
european-parliament: parlement-europeen european-parliament
council-of-europe: conseil-de-l-europe council-of-europe
osce: osce
ecdc: ecdc centre-europeen-de-prevention-et-de-controle-des-maladies
cdc: cdc centers-for-disease-control-and-prevention
louvre: louvre
apollo: apollo apollon
"""
