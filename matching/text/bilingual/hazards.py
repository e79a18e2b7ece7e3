"""Disasters, weather, health and places: English forms | French forms, one concept a line,
grouped in fields whose members are alternatives (matching.crosslingual)."""

FIELDS = {
    "hazard": """
earthquake earthquakes quake quakes tremor | seisme seismes tremblement
eruption eruptions erupt erupted volcanic volcano | eruption eruptions volcanique volcan
flood floods flooding flooded | inondation inondations inonder inonde inondant crue crues
drought droughts | secheresse secheresses
storm storms | tempete tempetes orage orages
tornado tornadoes | tornade tornades
typhoon typhoons hurricane cyclone | typhon cyclone ouragan
fire fires wildfire blaze | incendie incendies feu feux
avalanche avalanches | avalanche avalanches
landslide landslides mudslide | glissement eboulement coulee
heatwave heat | canicule chaleur
tsunami | tsunami
rain rains rainfall | pluie pluies precipitations
snow | neige
glacier glaciers | glacier glaciers
""",
    "harm": """
kill kills killed killing dead death deaths die died | tuer tue tues tuant mort morts deces mourir meurent
injure injured injuries wound wounded | blesser blesse blesses blessure blessures
evacuate evacuated evacuation evacuations | evacuer evacue evacuation evacuations
rescue rescued rescues | secourir secouru secourus sauvetage sauver sauve
missing | disparu disparus
destroy destroyed destroys destruction | detruire detruit detruite detruits destruction
damage damaged | endommager endommage degat degats dommage dommages
collapse collapsed collapses | effondrer effondre effondrement
bury buried burying | ensevelir enseveli ensevelissant
capsize capsized | chavirer chavire chavirage
derail derailed derailment | derailler deraille deraillement
""",
    "disease": """
malaria | paludisme malaria
hiv | sida vih
cholera | cholera
measles | rougeole
tuberculosis | tuberculose
flu influenza | grippe
cancer | cancer
covid coronavirus | covid coronavirus
virus | virus
vaccine vaccines vaccination | vaccin vaccins vaccination
antibiotic antibiotics | antibiotique antibiotiques
drug drugs medicine medicines medication | medicament medicaments
syrup | sirop
cough | toux
patient patients | patient patients malade malades
""",
    "building": """
hospital hospitals | hopital hopitaux hospitalier
school schools | ecole ecoles college colleges lycee lycees scolaire
university universities | universite universites
home homes house houses housing | maison maisons logement logements domicile
church | eglise
cathedral | cathedrale
museum | musee
bridge bridges | pont ponts
road roads | route routes
motorway motorways highway highways | autoroute autoroutes autoroutier
railway rail | ferroviaire rail voie
airport airports | aeroport aeroports
village villages | village villages
town towns city cities | ville villes commune communes
""",
}
