"""Economy, trade, work and industry: English forms | French forms, one concept a line,
grouped in fields whose members are alternatives (matching.crosslingual)."""

FIELDS = {
    "trade": """
export exports exported exporting exporter exporters | exporter exporte exportent exportation exportations exportateur exportateurs
import imports imported importing importer importers | importer importe importent importation importations importateur importateurs
""",
    "business": """
sell sells sold selling sale sales | vendre vend vendu vendue vendus vendues vente ventes
buy buys bought buying purchase purchased purchases acquire acquired acquisition | acheter achete achat achats acquerir acquis acquise acquisition racheter rachete rachat
produce produces produced producing production output manufacture manufactured | produire produit produite produits produisent production fabriquer fabrique fabrication
deliver delivers delivered delivering delivery deliveries | livrer livre livree livres livraison livraisons
order orders ordered | commander commande commandes
build builds built building construct constructed construction | construire construit construite construisent construction batir
close closes closed closing closure shut | fermer ferme fermee fermes fermeture fermetures
open opens opened opening | ouvrir ouvre ouvert ouverte ouverture
reopen reopens reopened reopening | rouvrir rouvre rouvert rouverte reouverture
recall recalls recalled | rappeler rappel rappele rappelle rappels
invest invests invested investment investments | investir investit investi investissement investissements
merge merger mergers merged | fusion fusionner fusionne fusions
hire hires hired hiring recruit recruited recruitment | recruter recrute recrutement embaucher embauche embauches
lay layoff layoffs redundancies | licencier licencie licenciement licenciements
strike strikes striking | greve greves greviste grevistes
protest protests protested protester protesters demonstration demonstrations demonstrators | manifester manifeste manifestation manifestations manifestant manifestants protester proteste contestation
boycott boycotts boycotted | boycotter boycott boycotte
""",
    "indicator": """
inflation | inflation
unemployment jobless | chomage
growth | croissance
gdp | pib
deficit deficits | deficit deficits
debt debts | dette dettes
price prices | prix
rate rates | taux
wage wages salary salaries | salaire salaires remuneration
income incomes revenue revenues | revenu revenus recette recettes
profit profits | benefice benefices profit profits
loss losses | perte pertes
tax taxes taxation | impot impots taxe taxes fiscal fiscale
budget budgets | budget budgets
pension pensions retirement | retraite retraites pension pensions
interest | interet interets
""",
    "sector": """
bank banks banking lender lenders | banque banques bancaire bancaires preteur preteurs
insurer insurers insurance | assureur assureurs assurance assurances
airline airlines carrier | compagnie aerienne
port ports harbour | port ports
factory factories plant plants | usine usines
mine mines mining | mine mines minier miniere
farm farms farming agriculture agricultural | ferme exploitation agriculture agricole agricoles
shop shops store stores | magasin magasins commerce boutique
market markets | marche marches
""",
    "commodity": """
oil crude petroleum | petrole brut
gas | gaz
electricity | electricite
water | eau eaux
coal | charbon
gold | or
copper | cuivre
steel | acier
wheat | ble
rice | riz
grain grains cereal cereals | cereale cereales grain grains
sugar | sucre
coffee | cafe
cocoa | cacao
wine wines | vin vins
milk | lait
meat beef | viande boeuf
fish fishing fisheries | poisson poissons peche
cod | cabillaud morue
herring | hareng
tuna | thon
salmon | saumon
banana bananas | banane bananes
pineapple pineapples | ananas
fuel petrol gasoline diesel | carburant carburants essence gazole diesel
""",
    "goods": """
car cars vehicle vehicles automobile | voiture voitures vehicule vehicules automobile automobiles auto
carmaker carmakers automaker | constructeur constructeurs
battery batteries | batterie batteries
chip chips semiconductor semiconductors chipmaker | puce puces semiconducteur semiconducteurs
airbag airbags | airbag airbags coussin
brake brakes | frein freins
engine engines | moteur moteurs
phone phones smartphone | telephone telephones portable portables smartphone
computer computers | ordinateur ordinateurs informatique informatiques
aircraft plane planes airliner | avion avions appareil appareils
train trains | train trains
ship ships vessel vessels boat boats | navire navires bateau bateaux
weapon weapons arms | arme armes armement
""",
    "work": """
worker workers employee employees staff | travailleur travailleurs salarie salaries employe employes personnel
job jobs post posts | emploi emplois poste postes
farmer farmers | agriculteur agriculteurs paysan paysans exploitant exploitants
teacher teachers | enseignant enseignants professeur professeurs instituteur
nurse nurses | infirmier infirmiers infirmiere infirmieres
doctor doctors physician physicians | medecin medecins docteur
pilot pilots | pilote pilotes
controller controllers | controleur controleurs
driver drivers | chauffeur chauffeurs conducteur conducteurs
taxi taxis cab | taxi taxis
docker dockers dockworker dockworkers | docker dockers
student students | etudiant etudiants eleve eleves lyceen lyceens
journalist journalists reporter | journaliste journalistes
customer customers client clients | client clients
passenger passengers traveller travellers | passager passagers voyageur voyageurs
resident residents inhabitants | habitant habitants resident residents
""",
}
