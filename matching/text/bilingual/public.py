"""Politics, law and justice, security: English forms | French forms, one concept a line,
grouped in fields whose members are alternatives (matching.crosslingual)."""

FIELDS = {
    "lawmaking": """
pass passes passed adopt adopts adopted adoption approve approves approved approval | adopter adopte adoptee adoptent adoption approuver approuve approuvee approbation voter vote votee
reject rejects rejected rejection | rejeter rejette rejete rejetee rejet refuser refuse refusee
ban bans banned banning prohibit prohibited | interdire interdit interdite interdisant interdiction interdictions
allow allows allowed authorise authorised authorize authorized permit permitted | autoriser autorise autorisee autorisation permettre permet permis
suspend suspends suspended suspension | suspendre suspend suspendu suspendue suspension
legalise legalised legalising legalize legalized | legaliser legalise legalisant legalisation
propose proposes proposed proposal proposals | proposer propose proposition propositions
repeal repealed abolish abolished | abroger abroge abolir aboli abolition
""",
    "institution": """
parliament parliamentary lawmakers | parlement parlementaire parlementaires deputes depute
senate senators senator | senat senateur senateurs senatorial senatoriale senatoriales
government governments cabinet | gouvernement gouvernements executif
court courts tribunal | cour tribunal tribunaux juridiction
police | police policier policiers gendarme gendarmes gendarmerie
army military troops soldiers | armee militaire militaires troupes soldat soldats
law laws bill bills legislation | loi lois projet texte legislation
election elections poll polls | election elections scrutin
referendum | referendum
voter voters electorate | electeur electeurs electrice electorat
party parties | parti partis
president presidential | president presidente presidentiel presidentielle
minister ministers ministry | ministre ministres ministere
first prime | premier premiere premiers premieres
mayor | maire
prosecutor prosecutors prosecution | procureur parquet procureurs
judge judges | juge juges
union unions | syndicat syndicats syndical
agency | agence
""",
    "justice": """
arrest arrests arrested | arreter arrete arretee arrestation interpeller interpelle
charge charged charges indict indicted | inculper inculpe mettre examen
convict convicted sentence sentenced | condamner condamne condamnee condamnation
acquit acquitted | acquitter acquitte relaxe
jail prison imprisonment | prison emprisonnement incarceration
fine fined fines | amende amendes
bribe bribes bribery | pot pots corruption
fraud | fraude
corruption corrupt | corruption corrompu
murder murdered | meurtre assassinat assassine
theft steal stole stolen | vol voler vole volee
investigate investigation investigations inquiry probe | enquete enqueter enquetes investigation
accuse accused accuses | accuser accuse accusee accusation
suspect suspected suspects | soupconner soupconne suspect suspects
deport deported deportation expel expelled | expulser expulse expulsion expulsions
pay pays paid payment payments | payer paye payee paiement verser verse versement
""",
    "security": """
attack attacks attacked | attaquer attaque attaques attentat attentats
missile missiles | missile missiles
drone drones | drone drones
tank tanks | char chars blinde blindes
war wars | guerre guerres
ceasefire truce | cessez treve
hacker hackers | pirate pirates hacker hackers
data | donnee donnees
cyberattack cyberattacks | cyberattaque cyberattaques
""",
    "people": """
migrant migrants | migrant migrants
refugee refugees | refugie refugies
child children | enfant enfants
woman women | femme femmes
man men | homme hommes
people person persons | personne personnes gens
citizen citizens | citoyen citoyens
official officials | responsable responsables
scientist scientists researcher researchers | scientifique scientifiques chercheur chercheurs
""",
}
