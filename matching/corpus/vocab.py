"""Word lists for the synthetic corpus (matching.corpus), French and English.

Each list is one `|`-separated string; the generator composes them (first names ×
surnames, organisation kinds × fields × invented names, measures × things, places,
groups, units, periods), so the corpus has tens of thousands of distinct content words
and phrases, and draws from them with a Zipf-like skew, as real news does: a few words
("inflation", "Paris") are everywhere, most are rare.
"""

from __future__ import annotations

FR: dict[str, str] = {
    "first": "Emmanuel|Élisabeth|Bruno|Marine|Jean-Luc|Gabriel|Olivier|Gérald|Anne|Valérie|"
    "Fabien|Yannick|Clément|Agnès|Christophe|Jordan|Éric|Rachida|François|Édouard|Sophie|"
    "Nathalie|Isabelle|Catherine|Sylvie|Martine|Julien|Nicolas|Thomas|Pierre|Laurent|"
    "Philippe|Stéphane|Camille|Léa|Manon|Chloé|Inès|Sarah|Hugo|Louis|Arthur|Mathilde|"
    "Aurélien|Delphine|Sébastien|Karim|Nadia|Yasmina|Mehdi|Patrick|Dominique|Hélène|"
    "Benoît|Frédérique|Guillaume|Cécile|Raphaël|Amélie|Xavier|Odile|Rémi|Solène|Yves",
    "last": "Macron|Borne|Le Maire|Le Pen|Mélenchon|Attal|Véran|Darmanin|Hidalgo|Pécresse|"
    "Roussel|Jadot|Beaune|Pannier-Runacher|Béchu|Bardella|Ciotti|Dati|Bayrou|Philippe|"
    "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|"
    "Lefebvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|"
    "Lefèvre|Mercier|Dupont|Lambert|Bonnet|François|Martinez|Legrand|Garnier|Faure|"
    "Rousseau|Blanc|Guérin|Muller|Henry|Roussel|Nicolas|Perrin|Morin|Mathieu|Clément|"
    "Gauthier|Dumont|Lopez|Fontaine|Chevalier|Robin|Masson|Sanchez|Gérard|Nguyen|Boyer|"
    "Denis|Lemaire|Duval|Joly|Gautier|Roger|Roche|Roy|Noël|Meyer|Lucas|Meunier|Jean|Perez|"
    "Marchand|Dufour|Blanchard|Barbier|Brun|Dumas|Brunet|Schmitt|Leroux|Colin|Fernandez",
    "org_kind": "la Fédération nationale|le Syndicat|l'Observatoire|l'Union|la Confédération|"
    "l'Institut|le Conseil|l'Association|la Chambre|le Collectif|l'Agence|la Fondation|"
    "le Comité|l'Ordre|la Mutuelle|le Groupement|l'Alliance|la Coordination",
    "org_field": "des agriculteurs|des médecins|des infirmiers|des transporteurs|des "
    "boulangers|des pharmaciens|des enseignants|des policiers|des viticulteurs|des "
    "pêcheurs|des éleveurs|des architectes|des notaires|des avocats|des taxis|des "
    "commerçants|des artisans|des restaurateurs|des hôteliers|des libraires|des "
    "pompiers|des sages-femmes|des kinésithérapeutes|des dentistes|des chauffeurs "
    "routiers|des cheminots|des dockers|des buralistes|des maraîchers|des apiculteurs|"
    "du logement|de l'énergie|du numérique|des retraités|des locataires|des familles|"
    "des consommateurs|des usagers des transports|de la presse|du cinéma|du sport",
    "brand_a": "Val|Nor|Ber|Tal|Cor|Mar|Vel|Sol|Ker|Dal|Fen|Gal|Lum|Ost|Pra|Rin|Sav|Ther|"
    "Ull|Ven|Wal|Zan|Bri|Cal|Dor|Fal|Hal|Jor|Lor|Mon",
    "brand_b": "dor|bex|tis|var|mion|tec|lia|ron|gaz|mex|nova|vil|quin|sor|tral|vex|zen|"
    "pha|rac|tum",
    "brand_kind": "le groupe|la société|l'entreprise|le laboratoire|la start-up|la banque|"
    "l'assureur|le distributeur|le constructeur|l'opérateur",
    "measure": "le prix|le nombre|la part|les ventes|la production|les importations|les "
    "exportations|le coût|la consommation|le budget|les effectifs|la demande|le stock|"
    "les subventions|les dépenses|les recettes|la facture|le volume|la valeur|les "
    "achats|les livraisons|les aides|la taxe|la dette|les investissements|le chiffre "
    "d'affaires|les bénéfices|les pertes|les salaires|les réserves",
    "thing": "du blé|du lait|du beurre|de l'acier|du cuivre|du charbon|du pétrole|du "
    "gaz naturel|de l'électricité|du fioul|du carburant|du gazole|de l'essence|des "
    "engrais|des pesticides|des médicaments génériques|des antibiotiques|des vaccins|"
    "des masques|des logements sociaux|des loyers|des billets de train|des billets "
    "d'avion|des péages|des timbres|des cigarettes|du tabac|de l'alcool|du vin|du "
    "champagne|du cognac|du fromage|de la viande bovine|du porc|de la volaille|des "
    "œufs|du sucre|du café|du cacao|du riz|du maïs|du colza|du tournesol|des pommes|"
    "des tomates|des fraises|du bois|du papier|du ciment|du verre|des pneus|des "
    "voitures électriques|des vélos|des trottinettes|des smartphones|des ordinateurs|"
    "des téléviseurs|des panneaux solaires|des éoliennes|des pompes à chaleur|des "
    "chaudières|des batteries|des semi-conducteurs|des armes|des munitions|des chars|"
    "des frégates|des sous-marins|des drones|des satellites|des livres|des jouets|des "
    "vêtements|des chaussures|des meubles|de l'eau potable|des déchets|du plastique|"
    "du recyclage|des assurances|des crédits immobiliers|de l'épargne|des retraites|"
    "des allocations|des bourses étudiantes|des consultations|des urgences|des "
    "greffes|des naissances|des mariages|des divorces|des cambriolages|des vols de "
    "voitures|des accidents de la route|des incendies|des inondations|des expulsions|"
    "des licenciements|des embauches|des démissions|des grèves|des manifestations|"
    "des nuitées|des touristes|des croisières|des abonnements|des musées|des cinémas",
    "place": "à Paris|à Marseille|à Lyon|à Toulouse|à Nice|à Nantes|à Montpellier|à "
    "Strasbourg|à Bordeaux|à Lille|à Rennes|à Reims|à Toulon|à Saint-Étienne|au Havre|"
    "à Grenoble|à Dijon|à Angers|à Nîmes|à Villeurbanne|à Clermont-Ferrand|au Mans|à "
    "Aix-en-Provence|à Brest|à Tours|à Amiens|à Limoges|à Annecy|à Perpignan|à "
    "Boulogne-Billancourt|à Metz|à Besançon|à Orléans|à Rouen|à Mulhouse|à Caen|à "
    "Nancy|à Argenteuil|à Montreuil|à Roubaix|à Tourcoing|à Avignon|à Dunkerque|à "
    "Poitiers|à Pau|à Calais|à La Rochelle|à Colmar|à Ajaccio|à Bastia|à Cayenne|à "
    "Fort-de-France|à Pointe-à-Pitre|à Saint-Denis de La Réunion|à Mamoudzou|à Nouméa|"
    "à Papeete|à Lorient|à Vannes|à Quimper|à Saint-Malo|à Cherbourg|à Bayonne|à "
    "Biarritz|à Tarbes|à Albi|à Rodez|à Cahors|à Agen|à Périgueux|à Angoulême|à Niort|"
    "à Chartres|à Bourges|à Nevers|à Auxerre|à Troyes|à Chaumont|à Épinal|à Belfort|à "
    "Valence|à Gap|à Digne|à Carcassonne|à Béziers|à Sète|à Arles|à Cannes|à Menton|"
    "en Bretagne|en Normandie|en Île-de-France|en Occitanie|dans les Hauts-de-France|"
    "en Nouvelle-Aquitaine|en Corse|en Alsace|en Lorraine|en Auvergne|en Bourgogne|en "
    "Provence|dans le Grand Est|dans les Pays de la Loire|en Centre-Val de Loire|en "
    "Guadeloupe|en Martinique|en Guyane|à Mayotte|à La Réunion|outre-mer|en France|"
    "dans la zone euro|en Europe|en Allemagne|en Italie|en Espagne|au Portugal|en "
    "Belgique|en Suisse|aux Pays-Bas|en Pologne|en Roumanie|en Grèce|en Suède|en "
    "Norvège|au Danemark|en Finlande|en Irlande|au Royaume-Uni|en Autriche|en Hongrie|"
    "en Tchéquie|en Ukraine|en Russie|en Turquie|au Maroc|en Algérie|en Tunisie|au "
    "Sénégal|en Côte d'Ivoire|au Mali|au Niger|au Cameroun|en Égypte|en Israël|au Liban|"
    "en Iran|en Inde|en Chine|au Japon|en Corée du Sud|au Vietnam|en Indonésie|en "
    "Australie|aux États-Unis|au Canada|au Québec|au Mexique|au Brésil|en Argentine|au "
    "Chili|en Colombie|au Venezuela",
    "group": "chez les jeunes|chez les retraités|dans l'industrie|dans le bâtiment|chez "
    "les agriculteurs|dans les hôpitaux|dans les écoles|chez les femmes|dans les zones "
    "rurales|chez les cadres|dans la restauration|chez les étudiants|dans les banlieues|"
    "chez les artisans|dans le commerce|chez les seniors|dans la fonction publique|chez "
    "les ouvriers|chez les moins de 25 ans|chez les plus de 65 ans|dans les quartiers "
    "prioritaires|chez les indépendants|chez les intérimaires|dans l'hôtellerie|dans la "
    "logistique|chez les apprentis|dans les Ehpad|dans les prisons|chez les mères "
    "célibataires|dans les collèges|dans les lycées|dans les universités|chez les "
    "fonctionnaires|dans l'automobile|dans l'aéronautique|dans la chimie|chez les "
    "chômeurs de longue durée|dans les PME|dans les grandes entreprises|chez les "
    "auto-entrepreneurs|dans la santé|dans l'audiovisuel|dans les transports publics",
    "portfolio": "l'Économie|la Santé|l'Intérieur|l'Éducation nationale|la Justice|"
    "l'Agriculture|la Transition écologique|la Culture|des Armées|du Travail|du Logement|"
    "des Transports|du Numérique|des Sports|de l'Industrie|des Outre-mer",
    "up": "a augmenté de|a progressé de|a bondi de|a grimpé de|est en hausse de|s'est "
    "accru de|a gagné|a flambé de|s'est envolé de|a crû de",
    "down": "a baissé de|a reculé de|a chuté de|a diminué de|est en baisse de|s'est "
    "effondré de|a perdu|a fondu de|s'est replié de|a plongé de",
    "unit": "euros|tonnes|hectares|kilomètres|mégawatts|litres|emplois|lits|classes|"
    "logements|postes|habitants|entreprises|véhicules|patients|élèves|agents|places",
    "month": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
}

EN: dict[str, str] = {
    "first": "Joe|Donald|Rishi|Keir|Kamala|Jeremy|Nancy|Ron|Boris|Liz|Gavin|Chuck|Rachel|"
    "Nikki|Mitch|Justin|Anthony|Jacinda|James|Mary|Robert|Patricia|John|Jennifer|Michael|"
    "Linda|David|Elizabeth|William|Barbara|Richard|Susan|Joseph|Jessica|Thomas|Sarah|"
    "Charles|Karen|Daniel|Lisa|Matthew|Betty|Mark|Sandra|Paul|Ashley|Steven|Emily|Andrew|"
    "Donna|Kenneth|Michelle|Kevin|Carol|Brian|Amanda|George|Melissa|Priya|Wes|Angela|"
    "Yvette|Ed|Grant|Kemi|Suella|Sajid|Sadiq|Nicola|Humza|Mark",
    "last": "Biden|Trump|Sunak|Starmer|Harris|Hunt|Pelosi|DeSantis|Johnson|Truss|Newsom|"
    "Schumer|Reeves|Haley|McConnell|Trudeau|Albanese|Ardern|Smith|Jones|Williams|Brown|"
    "Taylor|Davies|Evans|Wilson|Thomas|Roberts|Walker|Wright|Robinson|Thompson|White|"
    "Hughes|Edwards|Green|Hall|Wood|Harris|Lewis|Martin|Jackson|Clarke|Clark|Turner|Hill|"
    "Scott|Cooper|Morris|Ward|Moore|King|Watson|Baker|Harrison|Morgan|Patel|Young|Allen|"
    "Mitchell|James|Anderson|Phillips|Lee|Bell|Parker|Davis|Miller|Garcia|Rodriguez|"
    "Martinez|Hernandez|Lopez|Gonzalez|Perez|Sanchez|Ramirez|Torres|Flores|Rivera|Gomez|"
    "Diaz|Nguyen|Kim|Chen|Singh|Khan|Ali|Murphy|Kelly|Sullivan|O'Brien|Byrne|Ryan|Walsh|"
    "Streeting|Cooper|Lammy|Badenoch|Braverman|Javid|Khan|Sturgeon|Yousaf|Drakeford",
    "org_kind": "the National Association|the Federation|the Institute|the Council|the "
    "Union|the Royal College|the Chamber|the Alliance|the Foundation|the Coalition|the "
    "Board|the Society|the League|the Trust|the Guild|the Office|the Commission|the Centre",
    "org_field": "of Farmers|of Nurses|of Teachers|of Police Officers|of Truckers|of "
    "Pharmacists|of Physicians|of Builders|of Architects|of Bakers|of Fishermen|of "
    "Winemakers|of Taxi Drivers|of Retailers|of Small Businesses|of Manufacturers|of "
    "Landlords|of Tenants|of Pensioners|of Students|of Consumers|of Rail Passengers|of "
    "Firefighters|of Midwives|of Dentists|of Paramedics|of Miners|of Steelworkers|of "
    "Dockworkers|for Energy|for Housing|for Digital Rights|for Public Health|for Road "
    "Safety|for Clean Air|for Child Welfare|for Fiscal Studies|for Economic Research",
    "brand_a": "Val|Nor|Ber|Tal|Cor|Mar|Vel|Sol|Ker|Dal|Fen|Gal|Lum|Ost|Pra|Rin|Sav|Ther|"
    "Ull|Ven|Wal|Zan|Bri|Cal|Dor|Fal|Hal|Jor|Lor|Mon",
    "brand_b": "dor|bex|tis|var|mion|tec|lia|ron|gaz|mex|nova|vil|quin|sor|tral|vex|zen|"
    "pha|rac|tum",
    "brand_kind": "the group|the company|the retailer|the carmaker|the lender|the insurer|"
    "the drugmaker|the start-up|the utility|the airline",
    "measure": "the price|the number|the share|sales|production|imports|exports|the cost|"
    "consumption|the budget|staffing|demand|stocks|subsidies|spending|revenue|the bill|"
    "the volume|the value|purchases|deliveries|grants|the tax|debt|investment|turnover|"
    "profits|losses|wages|reserves",
    "thing": "of wheat|of milk|of butter|of steel|of copper|of coal|of oil|of natural gas|"
    "of electricity|of heating oil|of fuel|of diesel|of petrol|of fertiliser|of "
    "pesticides|of generic drugs|of antibiotics|of vaccines|of face masks|of social "
    "housing|of rents|of train tickets|of plane tickets|of road tolls|of stamps|of "
    "cigarettes|of tobacco|of alcohol|of wine|of whisky|of cheese|of beef|of pork|of "
    "chicken|of eggs|of sugar|of coffee|of cocoa|of rice|of corn|of soybeans|of "
    "sunflower oil|of apples|of tomatoes|of strawberries|of timber|of paper|of cement|"
    "of glass|of tyres|of electric cars|of bicycles|of e-scooters|of smartphones|of "
    "laptops|of televisions|of solar panels|of wind turbines|of heat pumps|of gas "
    "boilers|of batteries|of semiconductors|of weapons|of ammunition|of tanks|of "
    "frigates|of submarines|of drones|of satellites|of books|of toys|of clothing|of "
    "shoes|of furniture|of drinking water|of waste|of plastic|of recycling|of insurance|"
    "of mortgages|of savings|of pensions|of benefits|of student loans|of GP "
    "appointments|of A&E visits|of transplants|of births|of marriages|of divorces|of "
    "burglaries|of car thefts|of road deaths|of wildfires|of floods|of evictions|of "
    "layoffs|of hires|of resignations|of strikes|of protests|of hotel nights|of "
    "tourists|of cruises|of subscriptions|of museum visits|of cinema tickets",
    "place": "in London|in Manchester|in Birmingham|in Leeds|in Glasgow|in Liverpool|in "
    "Bristol|in Sheffield|in Edinburgh|in Cardiff|in Belfast|in Newcastle|in Nottingham|"
    "in Leicester|in Southampton|in Portsmouth|in Brighton|in Plymouth|in Hull|in "
    "Aberdeen|in Dundee|in Swansea|in York|in Oxford|in Cambridge|in Norwich|in Exeter|"
    "in Derby|in Stoke|in Coventry|in Sunderland|in Middlesbrough|in Bradford|in "
    "Wolverhampton|in Reading|in Milton Keynes|in New York|in Los Angeles|in Chicago|in "
    "Houston|in Phoenix|in Philadelphia|in San Antonio|in San Diego|in Dallas|in Austin|"
    "in Jacksonville|in Columbus|in Charlotte|in Indianapolis|in Seattle|in Denver|in "
    "Boston|in Detroit|in Nashville|in Portland|in Las Vegas|in Memphis|in Louisville|in "
    "Baltimore|in Milwaukee|in Atlanta|in Miami|in Minneapolis|in New Orleans|in "
    "Cleveland|in Pittsburgh|in St Louis|in Toronto|in Montreal|in Vancouver|in Sydney|"
    "in Melbourne|in Brisbane|in Perth|in Auckland|in Dublin|in Britain|in Scotland|in "
    "Wales|in Northern Ireland|in England|in the Midlands|in the North East|in the "
    "South West|in Yorkshire|in Cornwall|in Kent|in Texas|in California|in Ohio|in "
    "Florida|in Georgia|in Arizona|in Michigan|in Pennsylvania|in Wisconsin|in Nevada|in "
    "Iowa|in Alabama|in Oregon|in Virginia|in Colorado|in Minnesota|in Kentucky|in "
    "Louisiana|across the US|in the eurozone|in Canada|in Australia|in New Zealand|in "
    "Ireland|in Germany|in France|in Italy|in Spain|in Poland|in Ukraine|in Russia|in "
    "China|in India|in Japan|in Brazil|in Mexico|in Nigeria|in Kenya|in South Africa|in "
    "Egypt|in Turkey|in Israel|in Iran|in Saudi Arabia|in Pakistan|in Indonesia",
    "group": "among young people|among pensioners|in manufacturing|in construction|among "
    "farmers|in hospitals|in schools|among women|in rural areas|among graduates|in "
    "hospitality|among students|in the suburbs|among small firms|in retail|among "
    "over-65s|in the public sector|among factory workers|among under-25s|among single "
    "mothers|among veterans|in care homes|in prisons|among the self-employed|among "
    "agency workers|in logistics|in the car industry|in aerospace|in chemicals|among "
    "the long-term unemployed|among black Americans|among Hispanic voters|among "
    "apprentices|in universities|in secondary schools|in primary schools|among civil "
    "servants|in the NHS|in social care|in broadcasting|in public transport|among "
    "renters|among first-time buyers|among gig workers",
    "portfolio": "Health|Education|Defence|Transport|Energy|Housing|Justice|Agriculture|"
    "Labor|Commerce|the Treasury|the Interior|Culture|Science|Trade|Environment",
    "up": "rose by|increased by|jumped by|climbed by|grew by|soared by|surged by|went up "
    "by|rocketed by|edged up by",
    "down": "fell by|dropped by|declined by|decreased by|shrank by|plunged by|slumped by|"
    "went down by|tumbled by|edged down by",
    "unit": "dollars|pounds|tonnes|acres|miles|megawatts|gallons|jobs|beds|classrooms|"
    "homes|posts|residents|companies|vehicles|patients|pupils|officers|places",
    "month": "January|February|March|April|May|June|July|August|September|October|"
    "November|December",
}

FR_TEMPLATES = [
    "{subject} {up} {pct} {place} depuis {year}",
    "{subject} {down} {pct} {place} en {year}",
    "selon {speaker}, {subject} {up} {pct} {group}",
    "{speaker} affirme que {subject} {down} {pct} depuis {year}",
    "{subject} atteint {money} {place} en {year}",
    "le gouvernement financera {k} {unit} supplémentaires {place} d'ici {year}",
    "{subject} n'a jamais été aussi élevé {place} depuis {year}",
    "{place}, {subject} a doublé en {n} ans",
    "{speaker} a promis {k} {unit} {place} avant {year}",
    "{subject} dépasse désormais {money}",
    "{subject} n'a pas baissé {group} depuis {year}",
    "plus de {k} personnes sont concernées par {subject} {place}",
    "{org} estime que {subject} {up} {pct} en {month} {year}",
    "{brand} va supprimer {k} {unit} {place} d'ici {year}",
    "{brand} a réalisé {money} de {measure_bare} en {year}",
    "{org} réclame {money} pour {thing_bare} {place}",
    "d'après {org}, {subject} {down} {pct} {group} entre {year} et {year2}",
    "{speaker}, ministre de {portfolio}, assure que {subject} {up} {pct}",
    "{subject} représente {pct_bare} du PIB {place}",
    "{place}, {k} {unit} ont été créés en {year} selon {org}",
    "{subject} a été multiplié par {n} {place} en {n2} ans",
    "{speaker} accuse {brand} d'avoir augmenté {subject} de {pct}",
    "{subject} {group} est le plus bas depuis {year} selon {speaker}",
    "{org} dénonce la fermeture de {k} {unit} {place}",
]
EN_TEMPLATES = [
    "{subject} {up} {pct} {place} since {year}",
    "{subject} {down} {pct} {place} in {year}",
    "according to {speaker}, {subject} {up} {pct} {group}",
    "{speaker} says {subject} {down} {pct} since {year}",
    "{subject} reached {money} {place} in {year}",
    "the government will fund {k} extra {unit} {place} by {year}",
    "{subject} has never been higher {place} since {year}",
    "{place}, {subject} doubled in {n} years",
    "{speaker} promised {k} {unit} {place} before {year}",
    "{subject} now exceeds {money}",
    "{subject} has not fallen {group} since {year}",
    "more than {k} people are affected by {subject} {place}",
    "{org} estimates {subject} {up} {pct} in {month} {year}",
    "{brand} will cut {k} {unit} {place} by {year}",
    "{brand} made {money} in {measure_bare} in {year}",
    "{org} is calling for {money} for {thing_bare} {place}",
    "according to {org}, {subject} {down} {pct} {group} between {year} and {year2}",
    "{speaker}, Secretary of {portfolio}, insists {subject} {up} {pct}",
    "{subject} accounts for {pct_bare} of GDP {place}",
    "{place}, {k} {unit} were created in {year} according to {org}",
    "{subject} has increased {n}-fold {place} in {n2} years",
    "{speaker} accuses {brand} of raising {subject} by {pct}",
    "{subject} {group} is at its lowest since {year}, says {speaker}",
    "{org} condemns the closure of {k} {unit} {place}",
]
