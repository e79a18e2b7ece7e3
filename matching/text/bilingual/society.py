"""Elections, unrest, health, the internet and weather words of wire copy: English forms |
French forms, one concept a line, grouped in fields of alternatives (matching.crosslingual)
like the other modules of this package; fields starting with "_" never contrast.

Written as families of general news vocabulary (elections: candidate, round, ballot, coup;
unrest: riot, curfew, mourning; health: infant, infection, whooping cough; the internet:
platform, user, account; alert colours, which contrast: "red" / "orange"), not from the words of the labelled pairs.
"""

FIELDS = {
    "_election": """
candidate candidates candidacy | candidat candidate candidats candidature
round rounds runoff | tour tours
ballot ballots vote votes voted voting | voix suffrage suffrages bulletin bulletins vote votes
campaign campaigns campaigned | campagne campagnes
coup coups putsch | coup putsch
constitution constitutional unconstitutional | constitution constitutionnel constitutionnelle
martial | martial martiale
decree decrees decreed | decret decrets decreter
declare declares declared declaration proclaim proclaimed | declarer declare decreter decrete proclamer proclame proclamation
cancel annul annuls annulled annulment invalidate invalidated | annuler annule annulee annulation invalider invalide
lawmaker lawmakers deputy deputies mp mps | depute deputes parlementaire parlementaires elu elus
speaker | president presidente
seat seats | siege sieges
mandate term | mandat mandats
successor | successeur
office | fonction fonctions poste
""",
    "_unrest": """
riot riots rioting rioter rioters unrest | emeute emeutes emeutier emeutiers troubles
curfew curfews | couvre feu
mourning | deuil
reinforcement reinforcements | renfort renforts
gendarme gendarmes | gendarme gendarmes
militia militias militiamen | milice milices milicien miliciens
rebel rebels rebellion | rebelle rebelles rebellion
hostage hostages | otage otages
shot shooting gunfire | tir tirs fusillade
""",
    "_health": """
infant infants baby babies newborn newborns | nourrisson nourrissons bebe bebes nouveau ne
hospitalise hospitalised hospitalize hospitalized hospitalisation hospitalization | hospitaliser hospitalise hospitalises hospitalisee hospitalisation hospitalisations
infect infects infected infection infections contaminate contaminated | infecter infecte contaminer contamine contamination infection infections
contagious infectious | contagieux contagieuse
vigilance vigilant | vigilance vigilant vigilante
adult adults | adulte adultes
""",
    "disease": """
whooping pertussis | coqueluche
dengue | dengue
mpox monkeypox | variole mpox
polio | polio poliomyelite
ebola | ebola
""",
    "society": """
euthanasia | euthanasie
abortion abortions | avortement avortements ivg
cannabis marijuana | cannabis marijuana
gambling | jeu jeux hasard
surrogacy | gpa gestation
""",
    "_internet": """
social | social sociaux sociale sociales
network networks | reseau reseaux
media | media medias
platform platforms | plateforme plateformes
user users | utilisateur utilisateurs usager usagers internaute internautes
account accounts | compte comptes
minor minors underage | mineur mineurs mineure
teenager teenagers adolescent adolescents teen teens | adolescent adolescents ado ados
verification verify verified | verification verifier verifie
technology technologies | technologie technologies
online internet | ligne internet
app apps application | application applications appli
register registration | inscrire inscription inscriptions
""",
    "_weather": """
gust gusts | rafale rafales
wind winds | vent vents
warning alert | alerte alertes vigilance
square | carre carres
metre metres meter meters | metre metres
kilometre kilometres kilometer kilometers km | kilometre kilometres km
litre litres liter liters | litre litres
hour hours | heure heures
""",
    "colour": """
red | rouge
orange | orange
yellow | jaune
green | vert verte
purple violet | violet violette
""",
    "_people": """
prefect prefects | prefet prefets prefecture
governor governors | gouverneur gouverneurs
spokesman spokeswoman spokesperson | porte parole
empress | imperatrice
emperor | empereur
king | roi
queen | reine
""",
}
