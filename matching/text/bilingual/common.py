"""General wire vocabulary: English forms | French forms, one concept a line. Fields
whose name starts with "_" hold words that are not alternatives of each other: they
count for the overlap of a translation, never for a replaced word
(matching.crosslingual)."""

FIELDS = {
    "action": """
block blocks blocked blocking blockade | bloquer bloque bloquant blocage
cancel cancels cancelled canceled cancellation cancellations | annuler annule annulation annulations
impose imposes imposed | imposer impose imposee
force forces forced forcing oblige obliged | forcer force obliger oblige obligeant contraindre contraint
warn warns warned warning | avertir averti avertit alerter alerte mettre garde
announce announced announcement | annoncer annonce annoncee
recommend recommends recommended recommendation | recommander recommande recommandation
seize seized seizure | saisir saisi saisie
hide hidden hid | cacher cache cachee dissimule
carry carrying carried transport transporting transported | transporter transportant transporte transport
resign resigned resignation | demissionner demissionne demission
win won wins victory | gagner gagne remporter remporte victoire imposer impose
lose lost defeat defeated | perdre perdu defaite
visit visited | visiter visite
meet met meeting | rencontrer rencontre reunion
sign signed | signer signe
raise raised | relever releve
lower lowered | abaisser abaisse
support supports supported | soutenir soutien soutient
fight fights fought combat | lutter lutte combattre combat
denounce denounced condemn condemned | denoncer denonce condamner
create created | creer cree creation
""",
    "_general": """
after | apres
before | avant
against versus | contre
during | pendant durant
around | autour
despite | malgre
because due | raison cause
near nearly almost | pres presque
most more | plus davantage
least fewer less | moins
between | entre
since | depuis
until | jusqu
only | seul seule seulement
go goes went gone | passer passe passees aller
take taking took taken | prendre pris prise
send sends sent | envoyer envoie envoye
begin began begun start started | entamer entame commencer commence debuter debute
call called describe described | qualifier qualifie decrire decrit
strike struck | frapper frappe frappee
hope hoped | esperer espere
set fixed | fixer fixe
aim aims aimed | viser vise ambitionner ambitionne
emergency emergencies | urgence urgences
department | service
previous prior earlier | precedent precedente anterieur auparavant
target goal | objectif cible
trend | tendance
clear | clair claire
outbreak epidemic | epidemie flambee
index | indice
consumer consumers consumption | consommation consommateur consommateurs
civilian civilians | civil civils
nuclear | nucleaire
summit top | sommet
stage | etape
deposit | depot
violation violations | violation violations
appeal | recours appel
decision ruling | decision jugement arret
life | vie
additional extra | supplementaire supplementaires
aid | aide
result outcome | resultat
become became | devenir devenu devenue
cause caused causing | provoquer provoque causer cause entrainer entraine
lead leading led | mener
reach reached hit | atteindre atteint
suffer suffers suffered suffering | subir subit souffrir
devastate devastated ravage ravaged | ravager ravage devaster devaste
spread | propager propage
swarm swarms | essaim essaims
locust locusts | criquet criquets
crop crops harvest harvests | recolte recoltes culture cultures
coral | corail coraux
reef | recif
barrier | barriere
bleaching | blanchissement
record records | record records enregistre
severe serious | grave graves severe
violent | violent violente
heavy strong | fort forte fortes forts
poor bad | mauvais mauvaise mauvaises
new | nouveau nouvelle nouveaux nouvelles
old former | ancien ancienne anciens
large largest big biggest major | grand grande grands grandes gros
small | petit petite
several many | plusieurs nombreux nombreuses
dozens | dizaines
hundreds | centaines
thousands | milliers
country countries nation | pays nation
world global | monde mondial mondiale
european | europeen europeenne europeens
north northern | nord
south southern | sud
east eastern | est
west western | ouest
central centre center | centre central centrale
sea | mer
mountain mountains | montagne montagnes
island islands | ile iles
coast coastal off | cote large
bank banks shore | rive rives berge
region regions area | region regions zone
level | niveau
amount quantity | quantite
shipment cargo | cargaison chargement
part much | partie
opposition | opposition
policy policies | politique politiques
reform reforms | reforme reformes
age | age
proposal | proposition
restriction restrictions | restriction restrictions
flight flights | vol vols
operation operations surgery | operation operations intervention
system systems | systeme systemes
coastguard coastguards | garde gardes
freight goods | marchandise marchandises fret
chemical chemicals | chimique chimiques
euthanasia | euthanasie
mobile | portable
upper | haute
house | chambre
fishery fisheries | peche
quota quotas | quota quotas
traffic | trafic circulation
air | aerien aerienne aeriens
restoration | restauration
work works | travaux travail
public | public publique
door doors | porte portes
evening | soir soiree
week | semaine
year years | an ans annee annees
day days | jour jours journee
""",
}
