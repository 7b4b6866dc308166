"""Words that commonly open a person's name: given names of many cultures, and
the family names that East Asian names put first (`Wang Yi`, `Kim Min-jun`).

A byline candidate whose first word is one of these reads as a person
(`Tom Bennett`, `NATALIYA VASILYEVA`); one whose first word is not
(`North Korea`, `Marketing Strategy`) may still be a name, so this is a
feature the byline decision weighs, never a rule on its own. Words that are
also common English words in page furniture (`May`, `June`, `Will`,
`Grace`...) are left out on purpose. Lower case; looked up case-folded.
"""

import unicodedata

_ENGLISH = """
aaron abby abigail adam adrian aidan aiden alan alana albert alec alex alexa alexander
alexandra alexis alfred alice alicia alison allison alyssa amanda amber amelia amy andrea
andrew andy angela angie anita ann anna anne annette annie anthony antonio archie
arthur ashley audrey barbara barry becky ben benjamin bernard beth bethany betty
beverly billy blake bob bobby bonnie brad bradley brandon brenda brendan brent brett brian
bridget brittany brooke bruce bryan caitlin caleb calvin cameron camilla candace cara carl
carla carly carmen carol caroline carolyn carrie casey cassandra catherine cathy charles
charlie charlotte chelsea cheryl chloe chris christina christine christopher cindy claire
clara clare claudia clifford clint cody colin colleen connor conor courtney craig crystal
curtis cynthia dale dan dana daniel danielle danny darren dave david dean debbie deborah
debra declan denise dennis derek diana diane donald donna doris dorothy doug douglas duncan
dustin dylan ed eddie edgar edith edward eileen elaine eleanor elena eli elijah elizabeth
ella ellen ellie elliot elliott emily emma eric erica erik erin ethan eugene evan evelyn
fiona frances francis fred freddie frederick gabriel gail gareth gary gavin
gemma gene geoffrey george georgina gerald gillian gina glen glenn gloria gordon graham
greg gregory gwen hailey haley hannah harold harriet harry hayley hazel heather helen
henry holly howard hugh hugo ian isaac isabel isabella isabelle jack jackie jacob jacqueline
jade jake james jamie jan jane janet janice jared jasmine jason jay jean jeff jeffrey
jen jenna jennifer jenny jeremy jerry jesse jessica jill jim jimmy jo joan joanna joanne
jodi jody joe joel john johnny jon jonathan joseph josh joshua joyce judith judy
julia julian julie justin karen kate katherine kathleen kathryn kathy katie katy kay keith
kelly ken kenneth kerry kevin kim kimberly kirsten kristen kristin kristina kyle lance
larry laura lauren laurence lawrence leah lee leo leon leonard leslie lewis liam lily linda
lindsay lindsey lisa liz lizzie logan lois lorraine louis louise lucas lucy luke lydia
lyndsey lynn lynne madeleine maggie malcolm mandy marcus margaret maria marian
marie marilyn marion marjorie martha martin marty mary matt matthew maureen max maxwell
megan meghan melanie melinda melissa meredith michael michelle mick mike mildred miles
mitchell molly monica morgan nancy natalie nathan nathaniel neil nicholas nick nicky nicola
nicole nigel noah noel nora norman oliver olivia oscar owen paige pamela patricia patrick
paul paula pauline peggy penelope penny peter phil philip phillip phoebe phyllis rachel
ralph randy ray raymond rebecca rebekah regina richard rick rob robert roberta robin roger
ronald ronnie rosemary ross roy russell ruth ryan sally sam samantha samuel sandra sara
sarah scott sean shane shannon sharon shaun shawn sheila shelby shelley sherry shirley
simon sophia sophie stacey stacy stanley stella stephanie stephen steve steven stuart
susan suzanne tamara tammy tanya tara ted teresa terry thomas tiffany tim timothy
tina toby todd tom tommy tony tracey tracy travis trevor tyler valerie vanessa vicki
vickie victor victoria vincent walter wayne wendy wesley whitney william willie
zachary zoe
abe ada addison alberta alfie alistair alister angus annabel annabelle ashton barney
bea beatrice bella benedict bertie bethan bianca bonita brenton brianna bridie bronwyn
caitlyn callum candice carey cecil cecilia chandler chantal charlene
charley chester clarence claude clayton clement clive connie cora corey cory dalton
damian damien darcy daryl dawson delia derrick desmond dominic dominique donovan dougal
dwight dwayne eamon eamonn edmund edwin eliot elise eliza elliott eloise elsie emmett
ernest esther ethel eva evie ewan ezra felicity finley finn flora floyd forrest francesca
gabrielle garrett gavin genevieve geraldine gerard gilbert glenda gordon grady graeme
greta gus hal hamish harrison harvey heidi helena herbert hilary hillary homer horace
hubert imogen ingrid irene iris isla ivan jaclyn jacquelyn jake jana janelle janine
jarrod jasper jeanette jeanne jeannie jemima jenifer jerome jessie jillian joanie jocelyn
jolene jonah josephine josie judd juliet juliette kara karl karla kathryn katrina
kayla keira kelsey kendall kendra kieran kimberley kirk kristy kurt lachlan lacey lana
lara laurie leigh leila lena lenny leonie lesley lester lillian lindy lionel lola lorna
lottie lou lucille lucinda luella lyle mabel mackenzie mae marcia margo margot marianne
marissa marla marlene marsha marvin mathew matilda mavis maxine melody mervyn mia milo
miriam mitch moira mona monique murray myles myra nadine nadia nan natasha ned nell nellie
nina noelle norma odette olive ollie orla pam pat percy perry pete petra piers polly quentin
quinn rachael rae ralph randall reggie reginald rex rhiannon rhys rita roderick rodney
rory rosalind rosie rowan roxanne ruby rufus rupert sadie sasha seamus selena seth shari
sheldon sherri sian sidney sinead siobhan skye sonia sonya spencer stacie stan stefan
stephan sue susie suzy sylvia tabitha tamsin tess tessa thea theo theodore theresa tobias
tonya trent trudy ursula vera vernon veronica vince viola violet wade wallace warren
wendell wilbur wilfred willa winifred winston yvette yvonne zach zachariah zack
"""

_FRENCH = """
adrien agathe aimee alain amelie andre anais antoine ariane armand arnaud aurelie
aurelien baptiste bastien benoit bernadette brigitte camille capucine cecile celine
chantal christelle christophe claudine clement clemence corinne damien delphine denis
didier dominique elodie eloise emeline emile emilie etienne fabien fabrice florian
francois francoise gaelle gaspard genevieve gerard ghislaine gilles guillaume helene herve
hugues jacques jean-baptiste jean-claude jean-francois jean-luc jean-marc jean-marie
jean-michel jean-paul jean-pierre jean-yves jeanne jerome joelle josette josiane julien
juliette laetitia laurent lea leonie lionel loic louis-philippe luc lucie madeleine
manon marc marcel margaux marianne marie-claire marie-france marine martine mathieu
mathilde maxime michele mireille monique nathalie nicolas odile olivier pascal pascale
patrice philippe pierre raphael regis remi renaud rene sandrine sebastien segolene severine
solange solene stephane sylvain sylvie thibault thierry valentin valerie veronique
vincent virginie xavier yann yannick yves yvette yvonne zoe
"""

_SPANISH_PORTUGUESE = """
adriana agustin alba alberto alejandra alejandro alfonso alfredo alicia alvaro amparo
ana andres angel angeles antonia antonio araceli armando arturo beatriz benito bernardo
blanca camila carla carlos carmen catalina cesar cristian cristina daniela diego
dolores eduardo elena emilio enrique esteban eva federico felipe fernanda fernando
francisca francisco gabriela gerardo gonzalo graciela guadalupe guillermo gustavo hector
hernan horacio ignacio ines irene isabel ivan jaime javier jesus jimena joaquin jorge
jose josefina juan juana julio leticia lorena lorenzo lourdes lucia luis luisa manuel
manuela marcela marcelo marco margarita mariana mariano mario marisol marta martin mateo
mauricio miguel milagros monica natalia nicolas norma octavio olga oscar pablo
paola patricio paula pedro pilar rafael ramiro ramon raquel raul ricardo roberto rocio
rodrigo rogelio rosa rosario ruben salvador santiago sebastian sergio silvia sofia soledad
susana teresa tomas valentina veronica vicente victoria ximena yolanda
afonso antonieta bruna caio conceicao debora diogo eduarda fabiana fabio fatima felipa
flavia flavio gilberto goncalo helena heitor iara joao joana leandro leonardo lucas
luciana luciano marcos marcia mariza matheus murilo nuno otavio paulo priscila renata
renato rui sara simone tatiana thiago tiago vitor vitoria
"""

_ITALIAN = """
alessandra alessandro alessia andrea angela angelo anna antonella antonio beatrice
carlo chiara claudio cristina daniele davide domenico elena elisa emanuele enrico enzo
fabio fabrizio federica federico filippo francesca francesco franco gabriele gaetano
gianluca gianni giacomo giorgia giorgio giovanna giovanni giulia giulio giuseppe giuseppina
guido ilaria lorenzo luca lucia luigi manuela marcello marco matteo maurizio michela
michele nicola paola paolo pietro raffaele riccardo roberta roberto rosa salvatore
sergio silvia simona simone stefania stefano tommaso valentina valerio vittoria vittorio
"""

_GERMAN_DUTCH_NORDIC = """
andreas anja annika anke axel bernd birgit bjorn britta carsten christian christoph
claudia detlef dieter dirk elke erik ernst eva frank franz frauke friedrich gerhard
gisela gudrun gunter hannes hans hans-peter heike heiko heinrich heinz helga helmut
henrik herbert horst ilse ingo jan jens joachim jochen johann johannes jorg jurgen karin
karl katja katrin klaus kerstin konrad lars lena lukas manfred marion markus martina
matthias michaela monika nils norbert olaf otto peter petra rainer ralf reinhard
renate rolf rudiger sabine sandra sascha silke stefanie sven thorsten tobias torsten
udo ulrich ursula uwe volker walter werner wolfgang
anneke bart bram daan dirk-jan eelco femke geert hendrik henk jaap jeroen joost
joris kees koen lieke maarten marijke mark martijn niels pieter ruud sander sjoerd
thijs wim willem wouter
agnete anders anette arne astrid birgitta bo dag einar elin elsa erika finn frida gunnar
gustav hakan halvard helle hilde ingeborg ingrid jarl jorgen kari karin kjell knut lasse
leif liv magnus maja malin mats mette mikael nils ola ragnar rune sigrid siri solveig
stig sune svein terje tove trond ulf ulla vidar
aino eero elina heikki hanna jukka juha kaisa kari leena markku matti mikko minna paivi
pekka riikka sami satu timo tuomas ville
"""

_SLAVIC_BALTIC_GREEK = """
agnieszka aleksander aleksandra aleksei alexei alexey anastasia anatoly andrei
andrey andriy anton arkady boris bogdan darya dasha denis dmitri dmitry ekaterina elena
evgeny evgeniy galina grigory igor ilya inna irina iryna ivan katarzyna kirill konstantin
ksenia larisa leonid lyudmila magdalena maksim marek maria mikhail nadezhda natalia
nataliya natalya nikita nikolai nikolay oksana oleg olena oleksandr oleksiy olga pavel
pawel petr piotr polina ruslan sergei sergey sergiy stanislav svetlana taras tatiana
tatyana tomasz vadim valentina valery vasily viktor viktoria vitaly vladimir vladislav
volodymyr wojciech yaroslav yekaterina yelena yevgeny yulia yuri yury zbigniew zofia
andrzej beata bozena dorota elzbieta ewa grzegorz halina jacek jadwiga jakub janusz jerzy
joanna jolanta kamil krzysztof krystyna leszek lukasz malgorzata marcin mariusz michal
przemyslaw radoslaw renata slawomir stanislaw tadeusz urszula wieslaw witold zdzislaw
jiri jana jaroslav josef karel ladislav lenka marketa martina miroslav pavla
petra radek tereza vaclav zdenek
dragan goran ivana jelena marko milica milos nebojsa nikola snezana stefan vesna zoran
zeljko
aigars andris anita anna ansis arturs baiba daina dace dainis edgars egils elina gatis
gunta ilze inese inga ivars janis juris karlis kristaps laila laura liga linda maris
martins raimonds rihards sandra signe ugis valdis vija zane
algirdas audrius aurelija dalia egle gediminas ieva jurgita kestutis laura mindaugas
ruta saulius tomas vytautas
andreas angeliki athanasios christos costas dimitris eleni georgios ioanna kostas
konstantinos maria nikos panagiotis sofia spyros stavros vasilis yannis yiannis
"""

_ARABIC_TURKISH_PERSIAN_HEBREW = """
abdel abdul abdullah abdulla abdulrahman adel ahmad ahmed aisha ali amal amina amir amr
anwar ayman aziz bashar bilal dalia faisal farah farid fatima fatma hadi hamid hamza hana
hani hasan hassan hatem hazem hisham hossam hussein ibrahim imad imran issa jamal jamil
karim khaled khalid laila layla leila lina mahmoud majed majid malik mariam marwan maryam
mohamed mohammad mohammed mona mostafa mounir muhammad mustafa nabil nadia nader naji
nasser nour omar osama rami rania rashid rasha reem riad saad saleh salim salma sami
samir sara sayed shadi sherif tamer tarek tariq wael walid yasmin yasmine yasser yousef
youssef yusuf zaid zainab zeinab ziad
ahmet ali asli ayse aysel burak cem deniz elif emine emre esra fatih gul hakan hulya
kemal mehmet melis murat mustafa necati nur omer ozge ozlem selin serkan sevgi tolga
ufuk yusuf zeynep
abbas ali-reza alireza arash babak bahram behrouz dariush farhad farzaneh hamid hossein
kamran mahsa mehdi mohsen nasrin parisa parviz reza roya saeed shirin sohrab yasmin
amit ariel avi avraham chaim dafna eitan ehud eyal gideon hadas ilan itai lior meir
moshe noam ofer orly rivka ronit shai shira shlomo tal tamar uri yael yair yehuda yitzhak
yosef yossi
"""

_SOUTH_ASIAN = """
aakash aarav aditi aditya ajay akash akshay amit amitabh anand anil anita anjali ankit
anupam anuradha arjun arun aruna aryan ashok ashish asha atul bhavna chandra deepa deepak
devika dinesh divya gaurav geeta gita gopal harish hemant indira jaya jayant
jyoti kamal karan kavita kiran krishna kumar lakshmi madhu mahesh manish manoj meena
meera mohan mukesh nandini naveen neha nikhil nisha nitin pankaj parveen pooja pradeep
prakash pranav prasad prashant preeti priya priyanka rahul raj raja rajesh rajiv rakesh
ramesh rani ravi rekha rohan rohit sachin sanjay sanjeev santosh sarita shalini
shankar sharmila shilpa shiva shreya shyam sita smita sneha sonia srinivas sudhir suman
sunil sunita suresh sushma swati tanvi usha varun vijay vikas vikram vinay vinod vivek
yash
abhishek anirban arnab debashish indrani partha sourav subhash sudip tanmay
arul balaji ganesh karthik murali muthu rajan senthil subramanian venkat
asif faisal farhan imran junaid kashif nadeem naveed rizwan saima shahid tahir usman waqar
zahid zubair
"""

_EAST_SOUTHEAST_ASIAN = """
bao chen cheng chun fang fei feng guang hai hao hong hua hui jia jian jiang jie jin
jing jun kai lei li lian lin ling ming ning qiang qing rong shan sheng shu tao
wei wen xia xiang xiao xiaoming xin xiu xu yan yang ying yong yu yun zhen zhi zhong
wang zhang liu zhao huang zhou wu guo gao luo liang zheng xie han tang
feng deng cao peng zeng xu jiang cai jia wei xue yan dai xia zhong
tian ren fang shi yao liao zou xiong qiu
akiko akira ayako ayumi daisuke haruka haruki hideki hiroko hiroshi hiroyuki kazuo kenji
kenta keiko koji makoto mariko masako masao masashi megumi miho mika naoko naoki noriko
satoshi shinji shinzo sho shota taro takashi takeshi tomoko yoko yoshi yoshiko yuki yuko
yumi yusuke
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi saito kato yoshida
yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
eun-ji ha-eun hye-jin hyun jae-in ji-hoon ji-woo ji-yeon jin-woo min-jun min-ji seo-yeon
seung soo-jin sung young-ho
kim lee park choi jung kang cho yoon jang lim shin seo kwon hwang ahn hong
anh binh dung duc hanh hieu hoa huong huy khanh linh minh ngoc
phuong quang thanh thao thu thuy tien trang trung tuan viet
nguyen tran pham hoang phan vu vo dang bui ngo duong ly
adi agus ahmad andi arief budi dewi eko fitri hendra indah joko kartika lestari putri
rizky siti sri taufik wahyu yudi
"""

_AFRICAN = """
abebe abiodun abimbola adaeze adebayo adewale ama amara aminata amos ayodele babajide
bola busisiwe chidi chidinma chiamaka chinedu chinonso chioma chukwuemeka dumisani ebere
emeka femi folake funmilayo funke gugu ifeoma ikechukwu jabu kagiso kamau kelechi kofi
kwabena kwame kwaku lerato lindiwe mandla mbali moses musa ngozi nkosana nkosi nnamdi
nomvula obinna olamide oluwaseun oluwatobi sipho tendai thabo thandiwe themba tunde uche
wanjiru wambui yaw zanele zodwa
"""


_MORE_ENGLISH = """
addison alissa alyson amie annalise arnold aubrey ava avery bailey bernadette bert betsy bill
billie blair bret brooklyn bryce byron cade carter casey cathleen chuck clarissa colton conrad
corinna dakota darcy darla darlene dave deanna delaney devon dominick doreen drew earl
elisa ellis elyse emmy erica erika ernie estelle fay faye gabby garry gillian grace gregg
griffin hadley harper hayden heath hope hudson irving jace jacqueline jaime jaimie jared
jasper jillian jocelyn joelle jolie jonas jules julius juliana justine kaitlin kaitlyn kaley
kathie kayleigh kaylee kelli kellie kelsie kennedy kenny kristi kristy kylie lacey landon
lara laurel lena lenore lia liza lorna lorenzo lucas luann lyla mackenzie madeline madelyn
mallory mandy marcie mariah marisa marla mason maura maxine mckenzie mel melvin micah
mindy mira mitch nadine nell nelson nolan norah olive otis parker patsy payton peyton
preston randi reed reid rhonda riley rod rodney roland ronan rosalie roxanne sabrina
savannah shana shauna sheryl skylar sonny stacie stu sylvester tabatha tammie taylor teri
terri tia tiana tobin tori trey tristan troy ty tyrone vera vinny wade walt wes wyatt zelda
zeke
"""

_MORE_WORLD = """
ari aviv dalia dov efrat elad gal hila idan inbal liat maya michal nimrod noa omri oren
ronen sagi shani shimon tzipi yaron yoav yonatan ziv
abdulaziz abdullahi adnan afzal ahsan akbar aman amjad anis arif ashraf aslam atif ayesha
bushra danish faizan farooq fawad ghulam hamza haroon hina iqbal irfan javed junaid kamran
khurram mehwish mujib mumtaz nasir nawaz nazia rabia rafiq rashida sadia sajid salman
saqib shahbaz shazia sohail tanvir umair waseem yasir zafar zaheer zainab
ayhan aylin aysun baris berk cagla cansu derya ebru ece ezgi gokhan irem kaan mert meltem
onur pinar sibel tuba volkan yasemin yigit
agnes aleksi annelie birgit britt dagny eirik elias emil erling frode gry hege helge
ingvild jostein kristian linnea lisbeth maren marit nora oddvar oskar pernille ragnhild
runa sindre stine sveinung tobias torbjorn trine vebjorn
aoife aisling ciara ciaran cormac dermot eoin fergal finbar finian grainne niamh oisin
padraig roisin ronan saoirse seamus
adolfo agustina alonso ambar amparo anibal arely aurora bernardo candela celia cristobal
delfina elias emiliano esperanza estefania fausto gisela griselda hugo ismael itzel jacinto
joaquina josue juliana lautaro leonel lisandro macarena maite marisa maximiliano milagros
nahuel noemi osvaldo rocio romina ruben santino teodoro ulises valeria yamila yesenia
adebola chinwe kayode nneka obiageli olumide oyelaran temitope tolu yetunde zainab
"""


# Native spellings: Russian, Ukrainian, Greek.
_CYRILLIC_GREEK = """
ольга андрій андрей олександр александр сергій сергей дмитро дмитрий іван иван наталія наталья
наталия ірина ирина олена елена тетяна татьяна юлія юлия марія мария анна анастасія анастасия
михайло михаил володимир владимир віктор виктор павло павел максим микола николай юрій юрий
олег ігор игорь катерина екатерина світлана светлана людмила оксана галина василь василий петро
петр алексей олексій евгений євген антон роман богдан вадим денис артем кирило кирилл ганна
вікторія виктория дарія дарья софія софия марина віра вера надія надежда лариса валентина алла
инна яна ксенія ксения ярослав станіслав станислав григорій григорий тарас остап ілля илья
никита полина елизавета єлизавета константин костянтин валерій валерий леонид леонід борис
степан
μαρία γιώργος γιάννης νίκος κώστας δημήτρης ελένη αικατερίνη σοφία άννα παναγιώτης χρήστος
βασίλης γεωργία κωνσταντίνος αθανάσιος ιωάννα ευαγγελία
"""

_MORE_DUTCH_NORDIC = """
sanne lotte anouk inge marieke annemarie stijn wessel jelle gijs luuk noor fleur roos eline
merel ole kjetil torbjorn oyvind havard sindre eirik marte ingvild silje hege bente randi
grete soren morten torben jesper mads rasmus kasper mikkel pernille trine
"""


def _fold(word: str) -> str:
    """As names are looked up: case-folded, accents dropped (`Андрій` -> `андріи`)."""
    folded = word.casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def _words(*blocks: str) -> frozenset[str]:
    return frozenset(_fold(word) for block in blocks for word in block.split())


GIVEN_NAMES: frozenset[str] = _words(
    _ENGLISH,
    _FRENCH,
    _SPANISH_PORTUGUESE,
    _ITALIAN,
    _GERMAN_DUTCH_NORDIC,
    _SLAVIC_BALTIC_GREEK,
    _ARABIC_TURKISH_PERSIAN_HEBREW,
    _SOUTH_ASIAN,
    _EAST_SOUTHEAST_ASIAN,
    _AFRICAN,
    _MORE_ENGLISH,
    _MORE_WORLD,
    _CYRILLIC_GREEK,
    _MORE_DUTCH_NORDIC,
)
