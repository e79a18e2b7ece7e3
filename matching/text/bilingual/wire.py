"""Everyday wire-copy words: the verbs, nouns and qualifiers that carry a news sentence
whatever its subject (plans, fears, deals, tolls, crowds, leaders), English forms | French
forms, one concept a line.

Written as whole families (the verb, its participles and its noun in both languages), not
from the words of any labelled pair: a translation is anchored only when the lexicon
accounts for three quarters of its words (matching.crosslingual), and what kept unseen
translations below that was this general vocabulary, not the subject words. All fields
but "jobs" start with "_": these words never contrast with each other.
"""

FIELDS = {
    "_intent": """
plan plans planned planning | prevoir prevoit prevoient prevu prevue projeter projette planifier
want wants wanted wish | vouloir veut veulent voulait souhaiter souhaite souhaitent
fear fears feared | craindre crains craint craignent redouter redoute redoutent crainte craintes
expect expects expected expectation | attendre attend attendent attendu prevision previsions
try tries tried attempt attempted | tenter tente tentent essayer essaye tentative
need needs needed | besoin necessiter necessite falloir
intend intends intended | compter entendre
threaten threatens threatened threat threats | menacer menace menacent menaces
promise promises promised pledge pledged | promettre promet promis promesse engager engage
refuse refuses refused refusal | refuser refuse refusent refus
agree agrees agreed | accepter accepte acceptent convenir convenu
decide decides decided | decider decide decident
demand demands demanded | exiger exige exigent revendiquer revendique revendication
urge urged | exhorter exhorte presser
""",
    "_motion": """
arrive arrives arrived arrival | arriver arrive arrivent arrivee
leave leaves leaving | quitter quitte quittent laisser laisse partir depart
escape escapes escaped flee fled fleeing | fuir fuient fuite enfuir enfui echapper echappe
return returns returned | revenir revient retourner retour
remain remains remained stay stays stayed | rester reste restent demeurer demeure
continue continues continued | continuer continue continuent poursuivre poursuit
resume resumes resumed resumption | reprendre reprend reprennent reprise
end ends ended | terminer termine fin achever acheve
finish finished | finir fini terminer
reach reaches | parvenir parvient parvenu
gather gathered gathering | rassembler rassemble rassemblement reunir
deploy deploys deployed deployment | deployer deploie deploye deployes deploiement
secure secured | securiser securise
lift lifts lifted | lever leve levee
extend extends extended extension | prolonger prolonge prolongation etendre etendu
abandon abandoned | abandonner abandonne abandonnant
""",
    "_exchange": """
give gives gave given | donner donne donnent
offer offers offered | offrir offre offert proposer
provide provides provided supply supplies supplied | fournir fournit fournissent fourni approvisionner
receive receives received | recevoir recoit recu recue
use uses used using | utiliser utilise utilisent utilisation recourir recours
find finds found | trouver trouve retrouver retrouve decouvrir decouvert
keep keeps kept | garder garde conserver conserve maintenir maintient
bring brings brought | apporter apporte amener amene
put puts place placed | placer place mettre met mis
prevent prevents prevented stop stops stopped | empecher empeche empechent stopper
take takes taking took taken | prendre prend prennent pris prise
represent represents represented | representer represente representent
hold holds held host hosted | tenir tient organiser organise accueillir accueilli
show shows showed shown | montrer montre
face faces faced | encourir encourent affronter
fail fails failed failure | echouer echoue echec
comply complies complied compliance | respecter respecte conformer conformite
steal steals stole stolen | voler vole derober derobe derobes
employ employs employed employing employee employees | employer emploie emploient employe employes salarie salaries
""",
    "_matter": """
management managers | direction dirigeants
head heads chief leader leaders boss ceo | chef chefs dirigeant dirigeante leader responsable patron pdg
council councils committee committees board | conseil conseils comite comites commission
company companies firm firms group groups | entreprise entreprises societe societes groupe groupes firme
deal deals agreement agreements accord accords | accord accords entente
contract contracts | contrat contrats
plan | plan plans projet projets
member members | membre membres adherent adherents
majority | majorite
half | moitie
quarter | quart trimestre
third | tiers
total | total totale
figure figures | chiffre chiffres
number | nombre
measure measures | mesure mesures
rule rules | regle regles reglement
statement statements | communique declaration
report reports | rapport rapports
study studies | etude etudes
case cases | cas
toll | bilan
victim victims | victime victimes
body bodies | corps
family families | famille familles
crowd crowds | foule foules
workforce | effectif effectifs
wage pay | salaire salaires remuneration
value valued worth | valeur estimer estime estimes valoir
visitor visitors | visiteur visiteurs
tourist tourists | touriste touristes
piece pieces item items | piece pieces objet objets
thief thieves robber robbers burglar | voleur voleurs cambrioleur cambrioleurs malfaiteur
robbery heist burglary | braquage cambriolage casse
jewel jewels jewellery jewelry | bijou bijoux joyau joyaux
crown crowns | couronne couronnes
gallery galleries | galerie galeries
window windows | fenetre fenetres vitre
ladder | echelle nacelle
scooter scooters motorbike motorbikes motorcycle | scooter scooters moto motos
dollar dollars | dollar dollars
euro euros | euro euros
pound pounds sterling | livre livres sterling
""",
    "_qualifier": """
about approximately roughly around some | environ quelque approximativement
few couple | quelques peu
perhaps maybe possibly | peut eventuellement voire
even | meme
currently now | actuellement aujourd desormais
already | deja
still | encore toujours
also | aussi egalement
last final | dernier derniere derniers
next | prochain prochaine prochains
time times | fois
first | premier premiere
second | second seconde deuxieme
ahead | devant devancer devance devancent avance
independent | independant independante independants
sharp sharply markedly | net nette nettement fortement
specific particular | precis precise particulier
intense | intense intenses
heavy heavier heaviest | lourd lourde lourds lourdes
much lot | beaucoup
interior internal domestic | interieur interieure interne
precarious | precaire precaires
""",
    "business": """
create creates created creating creation | creer cree creee crees creent creation creations
cut cuts cutting slash slashed axe axed eliminate eliminated | supprimer supprime supprimee supprimes suppression suppressions
""",
}
