"""Demo cooperatives for the ``seed_demo`` management command.

Everything in this module is FICTIONAL: the cooperatives, their names, managers, stories,
phone numbers, e-mail addresses, register numbers, tax ids, ICE numbers and label certificates
are invented for demonstrations and tests. Any resemblance to a real cooperative or person is
accidental. Only the geography (regions, cities), the sectors and the names of the quality labels
follow public facts.

The module is pure data: it imports nothing from Django or the project, so it can be loaded by
the seed command, by tests or by a plain Python shell. ``validate_demo_data()`` checks the
invariants the seed command relies on.
"""

from typing import Literal, TypedDict, get_args

Sector = Literal[
    "argan",
    "saffron",
    "honey",
    "couscous_cereals",
    "dates",
    "olive_oil",
    "herbs_spices",
    "dairy",
    "rose_cosmetics",
    "almonds_nuts",
    "crafts_textiles",
    "pottery",
]
Status = Literal["applied", "under_review", "changes_requested", "verified"]
LabelKind = Literal["igp", "aop", "label_agricole", "organic", "fair_trade"]

SECTORS: tuple[str, ...] = get_args(Sector)
STATUSES: tuple[str, ...] = get_args(Status)
LABEL_KINDS: tuple[str, ...] = get_args(LabelKind)

# ISO 3166-2 region code -> city slugs allowed for demo data in that region.
DEMO_CITY_REGIONS: dict[str, tuple[str, ...]] = {
    "MA-01": ("tanger", "tetouan", "al-hoceima", "chefchaouen", "larache"),
    "MA-02": ("oujda", "nador", "berkane", "figuig"),
    "MA-03": ("fes", "meknes", "ifrane", "taza", "sefrou"),
    "MA-04": ("rabat", "sale", "kenitra", "khemisset"),
    "MA-05": ("beni-mellal", "khenifra", "azilal", "khouribga"),
    "MA-06": ("casablanca", "settat", "el-jadida", "mohammedia"),
    "MA-07": ("marrakech", "safi", "essaouira", "el-kelaa-des-sraghna", "chichaoua"),
    "MA-08": ("errachidia", "ouarzazate", "zagora", "tinghir", "kelaat-mgouna", "erfoud"),
    "MA-09": ("agadir", "taroudant", "tiznit", "taliouine", "tafraout", "inezgane"),
    "MA-10": ("guelmim", "tan-tan", "sidi-ifni", "assa"),
    "MA-11": ("laayoune", "boujdour", "tarfaya", "es-semara"),
    "MA-12": ("dakhla", "aousserd"),
}


class DemoLabel(TypedDict):
    kind: LabelKind
    name: str  # in French, e.g. "Argane IGP"
    certifier: str
    certificate_number: str
    expires_on: str  # ISO date, YYYY-MM-DD


class DemoManager(TypedDict):
    first_name: str
    last_name: str
    phone: str  # E.164
    email: str


class _DemoCooperativeRequired(TypedDict):
    slug: str
    name: dict[str, str]  # "ar", "fr", "en", optionally "zgh" (Tifinagh)
    region: str  # ISO 3166-2, "MA-01".."MA-12"
    city: str  # a slug from DEMO_CITY_REGIONS[region]
    sector: Sector
    founded_year: int
    members_count: int
    women_count: int
    women_only: bool
    story: dict[str, str]  # "ar", "fr", "en"
    phone: str  # E.164 mobile
    email: str
    register_number: str  # local register of the court of first instance
    ice: str  # 15 digits, valid check digits
    tax_id: str  # IF
    status: Status
    manager: DemoManager


class DemoCooperative(_DemoCooperativeRequired, total=False):
    labels: list[DemoLabel]


COOPERATIVES: list[DemoCooperative] = [
    {
        "slug": "tafsut-argan",
        "name": {
            "ar": "التعاونية النسوية تافسوت للأركان",
            "fr": "Coopérative féminine Tafsut d'Argan",
            "en": "Tafsut Women's Argan Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⵜⴰⴼⵙⵓⵜ ⵏ ⵡⴰⵔⴳⴰⵏ",
        },
        "region": "MA-09",
        "city": "taroudant",
        "sector": "argan",
        "founded_year": 2011,
        "members_count": 42,
        "women_count": 42,
        "women_only": True,
        "story": {
            "ar": (
                "أسستها سنة 2011 ثماني عشرة امرأة من الدواوير المجاورة لتارودانت، كنّ يكسّرن"
                " ثمار الأركان في بيوتهن لفائدة الوسطاء. تكسّر المتعاونات الثمار يدويًا، ثم"
                " تُعصر اللوزات آليًا في ورشة التعاونية لإنتاج الزيت التجميلي والزيت الغذائي"
                " المحمّص وأملو. وبفضل بيع الزيت معبّأً في قنينات بدل بيع اللوزات بالكيلوغرام،"
                " تضاعف تقريبًا ما تكسبه كل متعاونة عن كل كيلوغرام من اللوزات."
            ),
            "fr": (
                "Fondée en 2011 par 18 femmes des douars voisins de Taroudant, qui concassaient"
                " auparavant les noix d'argan à domicile pour des intermédiaires. Les adhérentes"
                " cassent les noix à la main, puis les amandons sont pressés mécaniquement dans"
                " l'atelier de la coopérative pour produire de l'huile cosmétique, de l'huile"
                " alimentaire torréfiée et de l'amlou. En vendant l'huile en bouteille plutôt que"
                " les amandons au kilo, chaque adhérente gagne environ deux fois plus par kilo"
                " d'amandons."
            ),
            "en": (
                "Founded in 2011 by 18 women from villages near Taroudant who used to crack argan"
                " nuts at home for middlemen. The members crack the nuts by hand, then the kernels"
                " are pressed mechanically in the cooperative's workshop to make cosmetic oil,"
                " roasted culinary oil and amlou. Selling the oil in bottles instead of selling"
                " kernels by the kilo has roughly doubled what each member earns per kilo of"
                " kernels."
            ),
        },
        "phone": "+212661482037",
        "email": "contact@tafsut-argan.example",
        "register_number": "2011/37",
        "ice": "001834527000045",
        "tax_id": "40218735",
        "status": "verified",
        "labels": [
            {
                "kind": "igp",
                "name": "Argane IGP",
                "certifier": "Normacert",
                "certificate_number": "NMC-IGP-ARG-2024-0147",
                "expires_on": "2027-06-30",
            },
            {
                "kind": "organic",
                "name": "Huile d'argan biologique",
                "certifier": "Ecocert",
                "certificate_number": "ECO-MA-BIO-2024-0412",
                "expires_on": "2027-03-31",
            },
        ],
        "manager": {
            "first_name": "Fatima",
            "last_name": "Oubella",
            "phone": "+212662305718",
            "email": "fatima.oubella@demo.example",
        },
    },
    {
        "slug": "ighil-ouzzal-safran",
        "name": {
            "ar": "تعاونية إغيل أوزال للزعفران",
            "fr": "Coopérative Ighil Ouzzal du Safran",
            "en": "Ighil Ouzzal Saffron Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⵉⵖⵉⵍ ⵡⵓⵣⵣⴰⵍ",
        },
        "region": "MA-09",
        "city": "taliouine",
        "sector": "saffron",
        "founded_year": 2009,
        "members_count": 34,
        "women_count": 6,
        "women_only": False,
        "story": {
            "ar": (
                "تأسست سنة 2009 على يد منتجي الزعفران في القرى المطلة على تالوين، الذين أرادوا"
                " التوقف عن بيع المياسم الطرية للتجار بأسعار موسم الجني. في أكتوبر ونونبر، يقطف"
                " المتعاونون الأزهار عند الفجر، ويفصلون المياسم الحمراء يدويًا في اليوم نفسه، ثم"
                " يجففونها في الظل داخل مجفف التعاونية. ويتيح الفرز والتعبئة في علب من 1 و5"
                " غرامات تحت تسمية المنشأ المحمية البيع بسعر أكثر استقرارًا وعلى مدار السنة، بدل"
                " بيع المحصول كله وقت الجني."
            ),
            "fr": (
                "Créée en 2009 par des producteurs de safran des villages qui surplombent"
                " Taliouine, qui ne voulaient plus vendre les stigmates frais aux négociants au"
                " prix de la récolte. En octobre et novembre, les adhérents cueillent les fleurs à"
                " l'aube, séparent les stigmates rouges à la main le jour même et les sèchent à"
                " l'ombre dans le séchoir de la coopérative. Le tri et le conditionnement en pots"
                " de 1 g et 5 g sous l'AOP permettent de vendre à un prix plus stable, tout au"
                " long de l'année plutôt qu'en une seule fois à la récolte."
            ),
            "en": (
                "Started in 2009 by saffron growers from the villages above Taliouine who no"
                " longer wanted to sell fresh stigmas to traders at harvest-time prices. In"
                " October and November, members pick the flowers at dawn, separate the red stigmas"
                " by hand the same day and dry them in the shade in the cooperative's drying room."
                " Grading and packing in 1 g and 5 g jars under the AOP label lets them sell at a"
                " steadier price throughout the year instead of all at once at harvest."
            ),
        },
        "phone": "+212670918254",
        "email": "contact@ighil-ouzzal-safran.example",
        "register_number": "2009/112",
        "ice": "002197463000004",
        "tax_id": "06491283",
        "status": "verified",
        "labels": [
            {
                "kind": "aop",
                "name": "Safran de Taliouine AOP",
                "certifier": "Normacert",
                "certificate_number": "NMC-AOP-SAF-2023-0032",
                "expires_on": "2027-10-31",
            },
            {
                "kind": "fair_trade",
                "name": "Commerce équitable Fair for Life",
                "certifier": "Ecocert",
                "certificate_number": "FFL-MA-2024-0088",
                "expires_on": "2028-02-29",
            },
        ],
        "manager": {
            "first_name": "Brahim",
            "last_name": "Ouaziz",
            "phone": "+212663974120",
            "email": "brahim.ouaziz@demo.example",
        },
    },
    {
        "slug": "jouri-dades",
        "name": {
            "ar": "التعاونية النسوية جوري دادس",
            "fr": "Coopérative féminine Jouri Dadès",
            "en": "Jouri Dades Women's Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⵊⵓⵔⵉ ⵏ ⴷⴰⴷⵙ",
        },
        "region": "MA-08",
        "city": "kelaat-mgouna",
        "sector": "rose_cosmetics",
        "founded_year": 2013,
        "members_count": 27,
        "women_count": 27,
        "women_only": True,
        "story": {
            "ar": (
                "تأسست سنة 2013 على يد 12 امرأة من قلعة مكونة، كنّ يقطفن الورد الدمشقي كل شهر"
                " ماي لفائدة معامل التقطير مقابل أجر يومي. خلال موسم القطاف في ماي، تقطّر"
                " التعاونية ماء الورد في قطّارتين من النحاس وتجفف براعم الورد، وتصنع خلال بقية"
                " السنة صابونًا وكريمًا بالورد. وأصبح للمتعاونات عمل مأجور لعدة أشهر في السنة بدل"
                " ثلاثة أسابيع من القطاف."
            ),
            "fr": (
                "Créée en 2013 par 12 femmes de Kelâat M'Gouna qui cueillaient chaque mois de mai"
                " des roses de Damas pour les distilleries, payées à la journée. Pendant la"
                " récolte de mai, la coopérative distille l'eau de rose dans deux alambics en"
                " cuivre et fait sécher les boutons ; le reste de l'année, elle fabrique du savon"
                " et de la crème à la rose. Les adhérentes ont désormais un travail rémunéré"
                " plusieurs mois par an, au lieu de trois semaines de cueillette."
            ),
            "en": (
                "Set up in 2013 by 12 women from Kelaat M'Gouna who picked Damask roses for the"
                " distilleries every May for a daily wage. During the May harvest the cooperative"
                " distils rose water in two copper stills and dries rosebuds; for the rest of the"
                " year it makes rose soap and cream. Members now have paid work for several months"
                " a year instead of three weeks of picking."
            ),
        },
        "phone": "+212661507392",
        "email": "contact@jouri-dades.example",
        "register_number": "2013/58",
        "ice": "001562938000039",
        "tax_id": "45107826",
        "status": "verified",
        "labels": [
            {
                "kind": "aop",
                "name": "Rose de Kelâat M'Gouna AOP",
                "certifier": "Bureau Veritas",
                "certificate_number": "BV-MA-AOP-ROS-2024-019",
                "expires_on": "2028-04-30",
            },
        ],
        "manager": {
            "first_name": "Itto",
            "last_name": "Ouhammou",
            "phone": "+212664218509",
            "email": "itto.ouhammou@demo.example",
        },
    },
    {
        "slug": "ksar-maadid-dattes",
        "name": {
            "ar": "تعاونية قصر المعاضيد للتمور",
            "fr": "Coopérative Ksar Maadid des Dattes",
            "en": "Ksar Maadid Date Cooperative",
        },
        "region": "MA-08",
        "city": "erfoud",
        "sector": "dates",
        "founded_year": 2010,
        "members_count": 58,
        "women_count": 9,
        "women_only": False,
        "story": {
            "ar": (
                "تأسست سنة 2010 على يد فلاحين من واحات أرفود، بعدما ظل محصول تمور القرية يُباع"
                " بالجملة وبأثمان منخفضة. يجني المتعاونون تمور المجهول وأصنافًا محلية، وتتولى"
                " التعاونية فرزها وتصنيفها حسب الحجم وتخزينها في غرفة تبريد بُنيت بدعم من برنامج"
                " للتنمية القروية. وقد حسّن بيع المجهول المصنّف في علب من 1 و5 كيلوغرامات تحت"
                " علامة البيان الجغرافي المحمي الثمنَ الذي يتقاضاه المتعاونون، وأتاح البيع حتى"
                " فصل الربيع بدل الاقتصار على الخريف."
            ),
            "fr": (
                "Fondée en 2010 par des agriculteurs des palmeraies d'Erfoud, las de voir la"
                " récolte de dattes du village vendue en vrac à bas prix. Les adhérents récoltent"
                " la Majhoul et des variétés locales ; la coopérative les trie, les calibre et les"
                " stocke dans une chambre froide construite avec l'appui d'un programme de"
                " développement rural. La vente de Majhoul calibrée en boîtes de 1 kg et 5 kg sous"
                " l'IGP a amélioré le prix payé aux adhérents et permet de vendre jusqu'au"
                " printemps, et non plus seulement à l'automne."
            ),
            "en": (
                "Founded in 2010 by farmers from the palm groves of Erfoud, tired of seeing the"
                " village's dates sold in bulk at low prices. Members harvest Majhoul and local"
                " varieties; the cooperative sorts and grades them and stores them in a cold room"
                " built with support from a rural development programme. Selling graded Majhoul"
                " in 1 kg and 5 kg boxes under the IGP label has raised the price members receive"
                " and lets them sell until spring rather than only in the autumn."
            ),
        },
        "phone": "+212771346085",
        "email": "contact@ksar-maadid-dattes.example",
        "register_number": "2010/204",
        "ice": "001749205000086",
        "tax_id": "18450392",
        "status": "verified",
        "labels": [
            {
                "kind": "igp",
                "name": "Dattes Majhoul du Tafilalet IGP",
                "certifier": "Bureau Veritas",
                "certificate_number": "BV-MA-IGP-MJH-2023-044",
                "expires_on": "2027-09-30",
            },
        ],
        "manager": {
            "first_name": "Youssef",
            "last_name": "Amrani",
            "phone": "+212665830142",
            "email": "youssef.amrani@demo.example",
        },
    },
    {
        "slug": "tamment-bouguemez",
        "name": {
            "ar": "تعاونية تامنت أيت بوكماز لتربية النحل",
            "fr": "Coopérative apicole Tamment n'Aït Bouguemez",
            "en": "Tamment Ait Bouguemez Beekeepers' Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⵜⴰⵎⵎⵏⵜ ⵏ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ",
        },
        "region": "MA-05",
        "city": "azilal",
        "sector": "honey",
        "founded_year": 2012,
        "members_count": 22,
        "women_count": 3,
        "women_only": False,
        "story": {
            "ar": (
                "بدأت سنة 2012 على يد نحالين من وادي أيت بوكماز انتقلوا، بعد دورة تكوينية، من"
                " الخلايا التقليدية المصنوعة من جذوع الأشجار إلى الخلايا ذات الإطارات. يرعى"
                " المتعاونون الـ22 نحو 600 خلية، ينقلونها من بساتين الوادي في الربيع إلى سفوح"
                " الزعتر في بداية الصيف، ويُستخلص العسل على البارد ويُصفّى في وحدة الاستخلاص"
                " التابعة للتعاونية. وقد وفّر البيع في أوانٍ زجاجية تحمل ملصقات، بدل القنينات"
                " غير الموسومة على جانب الطريق، دخلًا أكثر انتظامًا للمتعاونين، وساعدهم على"
                " تعويض الخلايا التي فقدوها في سنوات الجفاف."
            ),
            "fr": (
                "Créée en 2012 par des apiculteurs de la vallée des Aït Bouguemez, passés des"
                " ruches traditionnelles en troncs aux ruches à cadres après une formation. Les 22"
                " adhérents entretiennent environ 600 ruches, déplacées des vergers de la vallée"
                " au printemps vers les pentes de thym au début de l'été ; le miel est extrait à"
                " froid et filtré dans la miellerie de la coopérative. La vente en pots étiquetés,"
                " au lieu de bouteilles sans étiquette au bord de la route, assure aux adhérents"
                " un revenu plus régulier et les a aidés à remplacer les ruches perdues les années"
                " sèches."
            ),
            "en": (
                "Started in 2012 by beekeepers of the Ait Bouguemez valley who moved from"
                " traditional log hives to framed hives after a training course. The 22 members"
                " keep about 600 hives, moving them from the valley's orchards in spring to the"
                " thyme slopes in early summer; the honey is extracted cold and filtered in the"
                " cooperative's honey house. Selling labelled jars instead of unlabelled bottles"
                " by the roadside has given members a steadier income and helped them replace"
                " hives lost in dry years."
            ),
        },
        "phone": "+212662791436",
        "email": "contact@tamment-bouguemez.example",
        "register_number": "2012/76",
        "ice": "001983614000002",
        "tax_id": "3862147",
        "status": "verified",
        "manager": {
            "first_name": "Said",
            "last_name": "Oulhaj",
            "phone": "+212667152983",
            "email": "said.oulhaj@demo.example",
        },
    },
    {
        "slug": "nour-chaouia-couscous",
        "name": {
            "ar": "التعاونية النسوية نور الشاوية للكسكس",
            "fr": "Coopérative féminine Nour Chaouia du Couscous",
            "en": "Nour Chaouia Women's Couscous Cooperative",
        },
        "region": "MA-06",
        "city": "settat",
        "sector": "couscous_cereals",
        "founded_year": 2015,
        "members_count": 31,
        "women_count": 31,
        "women_only": True,
        "story": {
            "ar": (
                "تأسست سنة 2015 على يد نساء من الجماعات القروية المحيطة بسطات، كنّ يفتلن الكسكس"
                " يدويًا للأعراس والجيران. تنقّي المتعاونات القمح الصلب والشعير المحليين"
                " ويطحنّهما، ثم يُفتل الكسكس يدويًا ويُطهى بالبخار ويُجفف في الظل، كما يحضّرن"
                " البلبولة والبركوكش من القمح. وتوفر الطلبيات المنتظمة من محلات البقالة في الدار"
                " البيضاء اليوم دخلًا شهريًا لكل متعاونة، بعدما كانت لا تتقاضى أجرًا إلا مقابل"
                " طلبيات عائلية متفرقة."
            ),
            "fr": (
                "Fondée en 2015 par des femmes des communes rurales autour de Settat qui roulaient"
                " déjà le couscous à la main pour les mariages et les voisins. Elles nettoient et"
                " moulent le blé dur et l'orge de la région, roulent les grains à la main, les"
                " cuisent à la vapeur et les sèchent à l'ombre ; elles préparent aussi la belboula"
                " et le berkoukes de blé. Des commandes régulières d'épiceries de Casablanca"
                " procurent désormais à chaque adhérente un revenu mensuel, alors qu'elle n'était"
                " auparavant payée que pour des commandes familiales occasionnelles."
            ),
            "en": (
                "Founded in 2015 by women from the rural communes around Settat who already rolled"
                " couscous by hand for weddings and neighbours. They clean and grind local durum"
                " wheat and barley, roll the grains by hand, steam them and dry them in the shade;"
                " they also make belboula and wheat berkoukes. Regular orders from grocers in"
                " Casablanca now give each member a monthly income, where before she was paid only"
                " for occasional family orders."
            ),
        },
        "phone": "+212708264519",
        "email": "contact@nour-chaouia-couscous.example",
        "register_number": "2015/143",
        "ice": "002315870000038",
        "tax_id": "47391508",
        "status": "verified",
        "manager": {
            "first_name": "Khadija",
            "last_name": "Bouazzaoui",
            "phone": "+212668407351",
            "email": "khadija.bouazzaoui@demo.example",
        },
    },
    {
        "slug": "zitoun-tazekka",
        "name": {
            "ar": "تعاونية زيتون تازكة لإنتاج زيت الزيتون",
            "fr": "Coopérative oléicole Zitoun Tazekka",
            "en": "Zitoun Tazekka Olive Oil Cooperative",
        },
        "region": "MA-03",
        "city": "taza",
        "sector": "olive_oil",
        "founded_year": 2008,
        "members_count": 64,
        "women_count": 11,
        "women_only": False,
        "story": {
            "ar": (
                "أُنشئت سنة 2008 على يد صغار منتجي الزيتون في سفوح جبل تازكة، الذين كانوا يحملون"
                " زيتونهم إلى المعاصر التقليدية حيث كان الزيت يتزنّخ في الغالب. تشغّل التعاونية"
                " معصرة صغيرة بنظام المرحلتين، وتعصر زيتون البيشولين المغربي الخاص بالمتعاونين في"
                " غضون 24 ساعة من قطفه، وتخزن الزيت في خزانات من الفولاذ المقاوم للصدأ. وأصبح"
                " المتعاونون يبيعون زيتًا بكرًا ممتازًا بثمن أفضل من زيت الوقّاد الذي كانت تنتجه"
                " المعاصر القديمة، كما يُباع الفيتور للحمّامات المحلية وقودًا."
            ),
            "fr": (
                "Créée en 2008 par de petits oléiculteurs des contreforts du Jbel Tazekka, qui"
                " portaient leurs olives aux maâsras traditionnelles où l'huile rancissait"
                " souvent. La coopérative exploite une petite huilerie à deux phases, triture les"
                " olives Picholine marocaine des adhérents dans les 24 heures suivant la cueillette"
                " et stocke l'huile en cuves inox. Les adhérents vendent désormais une huile vierge"
                " extra à un meilleur prix que l'huile lampante des anciens moulins, et les"
                " grignons sont vendus comme combustible aux hammams de la ville."
            ),
            "en": (
                "Created in 2008 by smallholders from the foothills of Jbel Tazekka who used to"
                " take their olives to traditional mills where the oil often went rancid. The"
                " cooperative runs a small two-phase mill, presses members' Moroccan Picholine"
                " olives within 24 hours of picking and stores the oil in stainless steel tanks."
                " Members now sell extra virgin oil at a better price than the lampante oil of the"
                " old mills, and the pomace is sold to local hammams as fuel."
            ),
        },
        "phone": "+212661938470",
        "email": "contact@zitoun-tazekka.example",
        "register_number": "2008/91",
        "ice": "001427096000009",
        "tax_id": "14027693",
        "status": "verified",
        "labels": [
            {
                "kind": "organic",
                "name": "Huile d'olive biologique",
                "certifier": "Ecocert",
                "certificate_number": "ECO-MA-BIO-2023-0275",
                "expires_on": "2027-01-31",
            },
        ],
        "manager": {
            "first_name": "Driss",
            "last_name": "Lamrani",
            "phone": "+212669284615",
            "email": "driss.lamrani@demo.example",
        },
    },
    {
        "slug": "tissouka-fromage",
        "name": {
            "ar": "تعاونية تيسوكا لإنتاج جبن الماعز",
            "fr": "Coopérative Tissouka du Fromage de Chèvre",
            "en": "Tissouka Goat Cheese Cooperative",
        },
        "region": "MA-01",
        "city": "chefchaouen",
        "sector": "dairy",
        "founded_year": 2014,
        "members_count": 19,
        "women_count": 12,
        "women_only": False,
        "story": {
            "ar": (
                "تأسست سنة 2014 على يد أسر من مربي الماعز في الدواوير القريبة من شفشاون، كانت"
                " تبيع فائض الحليب بأثمان زهيدة في السوق الأسبوعي. تجمع التعاونية مرتين في اليوم"
                " حليب ماعز سلالة بني عروس الذي يربيه المتعاونون، وتصنع منه جبنًا طريًا وآخر"
                " معتّقًا قليلًا في وحدة صغيرة لصناعة الأجبان حاصلة على ترخيص المكتب الوطني"
                " للسلامة الصحية للمنتجات الغذائية. وقد وفّر تحويل الحليب إلى جبن للأسر دخلًا"
                " أسبوعيًا منتظمًا مقابل حليبها، فيما تتقاضى النساء العاملات في الوحدة أجرًا."
            ),
            "fr": (
                "Fondée en 2014 par des familles d'éleveurs de chèvres des douars proches de"
                " Chefchaouen, qui vendaient le lait en surplus à bas prix au souk hebdomadaire."
                " La coopérative collecte deux fois par jour le lait des chèvres de race Beni"
                " Arouss des adhérents et fabrique du fromage de chèvre frais et légèrement affiné"
                " dans une petite fromagerie agréée par l'ONSSA. Transformer le lait en fromage"
                " assure aux familles un paiement hebdomadaire régulier, et les femmes qui"
                " travaillent à la fromagerie perçoivent un salaire."
            ),
            "en": (
                "Founded in 2014 by goat-keeping families from villages near Chefchaouen who sold"
                " their surplus milk cheaply at the weekly souk. The cooperative collects milk"
                " twice a day from the members' Beni Arouss goats and makes fresh and lightly aged"
                " goat cheese in a small dairy approved by ONSSA. Turning the milk into cheese"
                " gives families a regular weekly payment for their milk, and the women who work"
                " in the dairy earn a wage."
            ),
        },
        "phone": "+212670451832",
        "email": "contact@tissouka-fromage.example",
        "register_number": "2014/29",
        "ice": "001890352000053",
        "tax_id": "45830217",
        "status": "verified",
        "labels": [
            {
                "kind": "igp",
                "name": "Fromage de chèvre de Chefchaouen IGP",
                "certifier": "Normacert",
                "certificate_number": "NMC-IGP-FCC-2024-0011",
                "expires_on": "2028-06-30",
            },
        ],
        "manager": {
            "first_name": "Rachida",
            "last_name": "Elkhamlichi",
            "phone": "+212661074928",
            "email": "rachida.elkhamlichi@demo.example",
        },
    },
    {
        "slug": "talouzt-ameln",
        "name": {
            "ar": "تعاونية تالوزت أملن للوز",
            "fr": "Coopérative Talouzt Ameln",
            "en": "Talouzt Ameln Almond Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⵜⴰⵍⵓⵣⵜ ⵏ ⴰⵎⵍⵏ",
        },
        "region": "MA-09",
        "city": "tafraout",
        "sector": "almonds_nuts",
        "founded_year": 2016,
        "members_count": 26,
        "women_count": 10,
        "women_only": False,
        "story": {
            "ar": (
                "تأسست سنة 2016 على يد أسر من وادي أملن، حيث تُنتج أشجار اللوز المغروسة في"
                " مدرّجات بعلية لوزًا صغير الحجم غنيًا بالنكهة. يكسّر المتعاونون اللوز يدويًا"
                " ويفرزونه، ثم يبيعونه حبوبًا كاملة أو على شكل أملو يُحضَّر بزيت الأركان والعسل"
                " المقتنيين من تعاونيات مجاورة. ويُباع اللوز المقشّر تحت علامة البيان الجغرافي"
                " المحمي بثمن أفضل من اللوز بقشره في سوق تافراوت، كما أصبح التقشير عملًا مأجورًا"
                " لنساء الوادي خلال فصل الشتاء."
            ),
            "fr": (
                "Fondée en 2016 par des familles de la vallée des Ameln, dont les amandiers,"
                " cultivés en terrasses sans irrigation, donnent des amandes petites mais très"
                " parfumées. Les adhérents cassent les amandes à la main, les trient et les vendent"
                " entières ou sous forme d'amlou, préparé avec de l'huile d'argan et du miel"
                " achetés à des coopératives voisines. Décortiquées et vendues sous l'IGP, les"
                " amandes se vendent mieux que les amandes en coque au souk de Tafraout, et le"
                " décorticage offre l'hiver un travail rémunéré aux femmes de la vallée."
            ),
            "en": (
                "Founded in 2016 by families of the Ameln valley, whose almond trees grow on"
                " unirrigated terraces and give small but very flavourful nuts. Members crack the"
                " almonds by hand, sort them and sell them whole or as amlou, made with argan oil"
                " and honey bought from neighbouring cooperatives. Shelled almonds sold under the"
                " IGP label fetch a better price than in-shell almonds at the Tafraout souk, and"
                " shelling has become paid winter work for women in the valley."
            ),
        },
        "phone": "+212766820391",
        "email": "contact@talouzt-ameln.example",
        "register_number": "2016/18",
        "ice": "002408761000013",
        "tax_id": "25164830",
        "status": "verified",
        "labels": [
            {
                "kind": "igp",
                "name": "Amandes de Tafraout IGP",
                "certifier": "Normacert",
                "certificate_number": "NMC-IGP-AMT-2024-0026",
                "expires_on": "2028-09-30",
            },
        ],
        "manager": {
            "first_name": "Mbarek",
            "last_name": "Ouchen",
            "phone": "+212666591207",
            "email": "mbarek.ouchen@demo.example",
        },
    },
    {
        "slug": "tazerbit-zemmour",
        "name": {
            "ar": "التعاونية النسوية تازربيت زمور للنسيج",
            "fr": "Coopérative féminine Tazerbit Zemmour",
            "en": "Tazerbit Zemmour Women's Weaving Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⵜⴰⵣⵔⴱⵉⵜ ⵏ ⵉⵣⵎⵎⵓⵔⵏ",
        },
        "region": "MA-04",
        "city": "khemisset",
        "sector": "crafts_textiles",
        "founded_year": 2012,
        "members_count": 38,
        "women_count": 38,
        "women_only": True,
        "story": {
            "ar": (
                "تأسست سنة 2012 على يد نسّاجات من قبيلة زمور بنواحي الخميسات، كنّ يبعن زرابيهن"
                " لأصحاب البازارات بثمن لا يكاد يتجاوز تكلفة الصوف. تغسل المتعاونات صوف أغنام"
                " المنطقة ويمشّطنه ويغزلنه، ويصبغن جزءًا منه بالفوّة والحناء، ثم ينسجن في"
                " بيوتهن على المنسج العمودي زرابي زمور الحمراء المعقودة والحنابل المنسوجة. وقد"
                " رفع البيع عبر التعاونية، مع ذكر اسم النسّاجة ومدة العمل على كل ملصق، ما"
                " تتقاضاه النسّاجة عن زربية طولها متران."
            ),
            "fr": (
                "Fondée en 2012 par des tisserandes de la tribu Zemmour, autour de Khémisset, qui"
                " cédaient leurs tapis aux bazars pour guère plus que le prix de la laine. Les"
                " adhérentes lavent, cardent et filent la laine des moutons de la région, en"
                " teignent une partie à la garance et au henné, et tissent chez elles, sur métier"
                " vertical, des tapis Zemmour rouges noués et des hanbels tissés à plat. La vente"
                " par la coopérative, avec le nom de la tisserande et le temps de travail sur"
                " chaque étiquette, a augmenté ce que touche une tisserande pour un tapis de deux"
                " mètres."
            ),
            "en": (
                "Founded in 2012 by weavers of the Zemmour tribe around Khemisset, who used to"
                " sell their carpets to bazaar dealers for little more than the cost of the wool."
                " Members wash, card and spin wool from local sheep, dye part of it with madder"
                " and henna, and weave knotted red Zemmour carpets and flat-woven hanbels at home"
                " on upright looms. Selling through the cooperative, with the weaver's name and"
                " the working time on each label, has raised what a weaver receives for a"
                " two-metre carpet."
            ),
        },
        "phone": "+212661250794",
        "email": "contact@tazerbit-zemmour.example",
        "register_number": "2012/164",
        "ice": "002036189000072",
        "tax_id": "03718452",
        "status": "verified",
        "manager": {
            "first_name": "Mina",
            "last_name": "Ouhaddou",
            "phone": "+212667943018",
            "email": "mina.ouhaddou@demo.example",
        },
    },
    {
        "slug": "tin-ahmar-safi",
        "name": {
            "ar": "تعاونية الطين الأحمر للخزّافين",
            "fr": "Coopérative des Potiers Tin Ahmar",
            "en": "Tin Ahmar Potters' Cooperative",
        },
        "region": "MA-07",
        "city": "safi",
        "sector": "pottery",
        "founded_year": 2007,
        "members_count": 18,
        "women_count": 5,
        "women_only": False,
        "story": {
            "ar": (
                "تأسست سنة 2007 على يد خزّافين من تل الفخارين بآسفي، كان كل منهم يعمل بمفرده"
                " ويشتري الطين والوقود بالتقسيط. تشتري التعاونية الطين الأحمر بالجملة من المقالع"
                " المجاورة، وتتقاسم فرنًا محسّنًا يعمل بالغاز عوّض الأفران القديمة التي كانت تعمل"
                " بالحطب، ويشكّل المتعاونون على الدولاب الأطباق والأوعية والصحون التي تزخرفها"
                " المتعاونات بنقوش تقليدية زرقاء وخضراء. وقد خفّض الشراء المشترك واستعمال فرن"
                " مشترك تكاليف الإنتاج، فيما أصبحت طلبيات المطاعم تشغل الورشة طوال السنة."
            ),
            "fr": (
                "Fondée en 2007 par des potiers de la colline des potiers de Safi, qui"
                " travaillaient chacun de leur côté et achetaient l'argile et le combustible au"
                " détail. La coopérative achète en gros l'argile rouge des carrières voisines et"
                " partage un four à gaz amélioré qui a remplacé les anciens fours à bois ; les"
                " adhérents tournent plats, bols et assiettes, que les adhérentes décorent de"
                " motifs traditionnels bleus et verts. Les achats groupés et le four commun ont"
                " réduit les coûts de production, et les commandes de restaurants occupent"
                " désormais l'atelier toute l'année."
            ),
            "en": (
                "Founded in 2007 by potters from the potters' hill in Safi, who each worked alone"
                " and bought clay and fuel at retail prices. The cooperative buys red clay in bulk"
                " from nearby quarries and shares an improved gas kiln that replaced the old"
                " wood-fired ovens; members throw dishes, bowls and plates, which the women"
                " members paint with traditional blue and green patterns. Buying together and"
                " sharing a kiln have cut production costs, and orders from restaurants now keep"
                " the workshop busy all year."
            ),
        },
        "phone": "+212662418357",
        "email": "contact@tin-ahmar-safi.example",
        "register_number": "2007/52",
        "ice": "001312574000034",
        "tax_id": "1295384",
        "status": "verified",
        "manager": {
            "first_name": "Abdellah",
            "last_name": "Chaouki",
            "phone": "+212668175430",
            "email": "abdellah.chaouki@demo.example",
        },
    },
    {
        "slug": "azir-figuig",
        "name": {
            "ar": "تعاونية أزير للنباتات العطرية والطبية",
            "fr": "Coopérative Azir des Plantes Aromatiques",
            "en": "Azir Aromatic Herbs Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⴰⵣⵉⵔ ⵏ ⵉⴼⴳⴳⵉⴳ",
        },
        "region": "MA-02",
        "city": "figuig",
        "sector": "herbs_spices",
        "founded_year": 2020,
        "members_count": 15,
        "women_count": 7,
        "women_only": False,
        "story": {
            "ar": (
                "أُنشئت سنة 2020 على يد أسر من واحة فكيك والسهوب المحيطة بها، اعتادت منذ زمن"
                " طويل جمع إكليل الجبل والزعتر والشيح البري لاستعمالها الخاص. يجني المتعاونون هذه"
                " النباتات وفق حصة متفق عليها مع إدارة المياه والغابات، ويجففونها على رفوف في"
                " الظل، ثم يبيعونها سائبة أو في أكياس صغيرة لإعداد المنقوعات. ولا تزال التعاونية"
                " صغيرة، وهدفها الأول بيع الأعشاب المجففة مباشرة بدل المرور عبر تجار الجملة الذين"
                " يشترون المحصول كله في عين المكان."
            ),
            "fr": (
                "Créée en 2020 par des familles de l'oasis de Figuig et de la steppe environnante,"
                " qui cueillaient depuis longtemps le romarin, le thym et l'armoise blanche"
                " sauvages pour leur propre usage. Les adhérents récoltent les plantes selon un"
                " quota convenu avec l'administration des Eaux et Forêts, les sèchent à l'ombre"
                " sur des claies et les vendent en vrac ou en petits sachets pour infusion. La"
                " coopérative est encore petite : son premier objectif est de vendre directement"
                " les plantes séchées, au lieu de passer par les grossistes qui achètent toute la"
                " récolte sur place."
            ),
            "en": (
                "Created in 2020 by families from the Figuig oasis and the surrounding steppe, who"
                " had long gathered wild rosemary, thyme and white wormwood for their own use."
                " Members harvest the plants under a quota agreed with the water and forests"
                " administration, dry them on shaded racks and sell them loose or in small bags"
                " for infusions. The cooperative is still small, and its first goal is to sell"
                " dried herbs directly instead of through wholesalers who buy the whole harvest on"
                " the spot."
            ),
        },
        "phone": "+212675308146",
        "email": "contact@azir-figuig.example",
        "register_number": "2020/9",
        "ice": "002671348000088",
        "tax_id": "50382619",
        "status": "applied",
        "manager": {
            "first_name": "Naima",
            "last_name": "Benaissa",
            "phone": "+212669520374",
            "email": "naima.benaissa@demo.example",
        },
    },
    {
        "slug": "oued-eddahab-lait-chamelle",
        "name": {
            "ar": "تعاونية وادي الذهب لحليب النوق",
            "fr": "Coopérative Oued Eddahab du Lait de Chamelle",
            "en": "Oued Eddahab Camel Milk Cooperative",
        },
        "region": "MA-12",
        "city": "dakhla",
        "sector": "dairy",
        "founded_year": 2019,
        "members_count": 12,
        "women_count": 2,
        "women_only": False,
        "story": {
            "ar": (
                "تأسست سنة 2019 على يد مربي إبل من ضواحي الداخلة، كانوا يبيعون الحليب الطري على"
                " جانب الطريق دون أي وسيلة لحفظه. تجمع التعاونية كل صباح حليب قطعان المتعاونين،"
                " وتصفّيه وتبستره في وحدة صغيرة، ثم تبيعه مبرّدًا في قنينات سعة لتر واحد، إلى"
                " جانب الحليب المخمّر. وقد قلّص الجمع والبسترة كمية الحليب التي كان المتعاونون"
                " يتخلصون منها في الصيف، وأتاحا لهم البيع لمحلات البقالة في المدينة."
            ),
            "fr": (
                "Fondée en 2019 par des éleveurs de dromadaires des environs de Dakhla, qui"
                " vendaient le lait cru au bord de la route sans pouvoir le conserver. La"
                " coopérative collecte chaque matin le lait des troupeaux des adhérents, le filtre"
                " et le pasteurise dans une petite unité, puis le vend réfrigéré en bouteilles"
                " d'un litre, ainsi que du lait fermenté. La collecte et la pasteurisation ont"
                " réduit le lait que les adhérents jetaient en été et leur permettent de vendre"
                " aux épiceries de la ville."
            ),
            "en": (
                "Founded in 2019 by camel herders from the outskirts of Dakhla who sold raw milk"
                " by the roadside with no way of keeping it. The cooperative collects milk from"
                " the members' herds every morning, filters and pasteurises it in a small unit"
                " and sells it chilled in one-litre bottles, along with fermented milk. Collection"
                " and pasteurisation have reduced the milk members used to throw away in summer"
                " and let them sell to grocers in town."
            ),
        },
        "phone": "+212661893025",
        "email": "contact@oued-eddahab-lait-chamelle.example",
        "register_number": "2019/41",
        "ice": "002540917000043",
        "tax_id": "48265031",
        "status": "under_review",
        "manager": {
            "first_name": "Mohamed",
            "last_name": "Lahbib",
            "phone": "+212660738291",
            "email": "mohamed.lahbib@demo.example",
        },
    },
    {
        "slug": "flij-saguia",
        "name": {
            "ar": "التعاونية النسوية فليج الساقية للنسيج",
            "fr": "Coopérative féminine Flij Saguia",
            "en": "Flij Saguia Women's Weaving Cooperative",
        },
        "region": "MA-11",
        "city": "laayoune",
        "sector": "crafts_textiles",
        "founded_year": 2017,
        "members_count": 21,
        "women_count": 21,
        "women_only": True,
        "story": {
            "ar": (
                "تأسست سنة 2017 على يد نساء من العيون تعلّمن من أمهاتهن نسج الفليج، وهو أشرطة من"
                " وبر الإبل وشعر الماعز كانت تُصنع منها خيام الرحّل. تغزل المتعاونات الوبر"
                " يدويًا، وينسجن الأشرطة على أنوال أرضية، ثم يخطنها لصنع زرابي ووسائد وحقائب"
                " يُزيَّن بعضها بالجلد المصبوغ. وتوفر طلبيات الفنادق ودور الضيافة في الجهة"
                " للمتعاونات دخلًا خاصًا بهن من عمل يمكنهن إنجازه في بيوتهن."
            ),
            "fr": (
                "Fondée en 2017 par des femmes de Laâyoune qui avaient appris de leurs mères à"
                " tisser le flij, ces bandes de poil de dromadaire et de chèvre qui servaient"
                " autrefois à monter les tentes nomades. Les adhérentes filent le poil à la main,"
                " tissent les bandes sur des métiers au sol et les cousent pour en faire des"
                " tapis, des coussins et des sacs, parfois garnis de cuir teint. Les commandes"
                " d'hôtels et de maisons d'hôtes de la région leur procurent un revenu propre,"
                " tiré d'un travail qu'elles peuvent faire chez elles."
            ),
            "en": (
                "Founded in 2017 by women in Laayoune who had learnt from their mothers to weave"
                " flij, the strips of camel and goat hair once used to make nomad tents. Members"
                " spin the hair by hand, weave the strips on ground looms and sew them into rugs,"
                " cushions and bags, some trimmed with dyed leather. Orders from hotels and"
                " guesthouses in the region give members an income of their own from work they"
                " can do at home."
            ),
        },
        "phone": "+212700614873",
        "email": "contact@flij-saguia.example",
        "register_number": "2017/63",
        "ice": "002284603000056",
        "tax_id": "35817264",
        "status": "verified",
        "manager": {
            "first_name": "Mbarka",
            "last_name": "Boukhris",
            "phone": "+212663580947",
            "email": "mbarka.boukhris@demo.example",
        },
    },
    {
        "slug": "tafoukt-sidi-ifni",
        "name": {
            "ar": "التعاونية النسوية تافوكت",
            "fr": "Coopérative féminine Tafoukt",
            "en": "Tafoukt Women's Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⵜⴰⴼⵓⴽⵜ",
        },
        "region": "MA-10",
        "city": "sidi-ifni",
        "sector": "rose_cosmetics",
        "founded_year": 2018,
        "members_count": 24,
        "women_count": 24,
        "women_only": True,
        "story": {
            "ar": (
                "تأسست سنة 2018 على يد نساء من تلال أيت باعمران بنواحي سيدي إفني، حيث ينمو التين"
                " الشوكي في كل قطعة أرض تقريبًا. بعد موسم الجني، تفتح المتعاونات الثمار ويغسلن"
                " البذور الصغيرة ويجففنها، ثم يعصرنها على البارد لاستخلاص زيت تجميلي، إذ يلزم نحو"
                " طن من الثمار للحصول على لتر واحد من الزيت. ولأن الزيت يُباع بثمن مرتفع، فإنه"
                " يدرّ على المتعاونات، حتى بكميات صغيرة، دخلًا يفوق بيع الثمار الطرية على جانب"
                " الطريق، وبعد الأضرار التي خلّفتها الحشرة القرمزية، تعيد التعاونية غرس أصناف"
                " مقاومة."
            ),
            "fr": (
                "Fondée en 2018 par des femmes des collines des Aït Baamrane, autour de Sidi"
                " Ifni, où le figuier de Barbarie pousse sur presque chaque parcelle. Après la"
                " saison des fruits, les adhérentes ouvrent les figues, lavent et sèchent les"
                " minuscules graines, puis les pressent à froid pour obtenir une huile cosmétique"
                " : il faut environ une tonne de fruits pour un litre d'huile. Vendue cher au"
                " litre, l'huile rapporte aux adhérentes davantage que les fruits frais vendus au"
                " bord de la route, même en petites quantités, et depuis les dégâts de la"
                " cochenille, la coopérative replante des variétés résistantes."
            ),
            "en": (
                "Founded in 2018 by women from the Ait Baamrane hills around Sidi Ifni, where"
                " prickly pears grow on almost every plot. After the fruit season, members open"
                " the fruit, wash and dry the tiny seeds, then cold-press them into a cosmetic"
                " oil: it takes about a tonne of fruit to make one litre. Because the oil sells at"
                " a high price per litre, even small volumes bring members more than selling fresh"
                " fruit by the roadside, and since the cochineal damage the cooperative has been"
                " replanting resistant varieties."
            ),
        },
        "phone": "+212770285416",
        "email": "contact@tafoukt-sidi-ifni.example",
        "register_number": "2018/27",
        "ice": "002493158000018",
        "tax_id": "50147382",
        "status": "changes_requested",
        "manager": {
            "first_name": "Hafida",
            "last_name": "Amghar",
            "phone": "+212665207839",
            "email": "hafida.amghar@demo.example",
        },
    },
    {
        "slug": "henne-ktaoua",
        "name": {
            "ar": "التعاونية النسوية حناء كتاوة",
            "fr": "Coopérative féminine Henné Ktaoua",
            "en": "Ktaoua Henna Women's Cooperative",
            "zgh": "ⵜⴰⵎⵓⵏⵜ ⵍⵃⵏⵏⴰ ⵏ ⴽⵜⴰⵡⴰ",
        },
        "region": "MA-08",
        "city": "zagora",
        "sector": "herbs_spices",
        "founded_year": 2016,
        "members_count": 17,
        "women_count": 17,
        "women_only": True,
        "story": {
            "ar": (
                "تأسست سنة 2016 على يد نساء من واحة كتاوة جنوب زاكورة، حيث تُزرع الحناء بين أشجار"
                " النخيل وتُحصد مرتين أو ثلاث مرات في السنة. تجفف المتعاونات الأوراق في الظل،"
                " ويفصلن عنها السيقان بالغربال، ثم يطحنّها مسحوقًا ناعمًا في مطحنة التعاونية"
                " ويعبّئنه في أكياس من 100 و250 غرامًا. وقد أتاح بيع مسحوق مغربل باسم التعاونية،"
                " بدل بيع الأوراق الجافة لتجار مراكش، ثمنًا أفضل للمتعاونات ونصيبًا من الأرباح في"
                " نهاية السنة."
            ),
            "fr": (
                "Fondée en 2016 par des femmes de l'oasis de Ktaoua, au sud de Zagora, où le"
                " henné est cultivé entre les palmiers et coupé deux à trois fois par an. Les"
                " adhérentes font sécher les feuilles à l'ombre, retirent les tiges au tamis et"
                " broient les feuilles en poudre fine dans le moulin de la coopérative, puis la"
                " conditionnent en sachets de 100 g et 250 g. Vendre une poudre tamisée sous le"
                " nom de la coopérative, plutôt que des feuilles sèches aux négociants de"
                " Marrakech, leur assure un meilleur prix et une part des bénéfices en fin"
                " d'année."
            ),
            "en": (
                "Founded in 2016 by women from the Ktaoua oasis south of Zagora, where henna is"
                " grown between the palm trees and cut two or three times a year. Members dry the"
                " leaves in the shade, sieve out the stems and grind the leaves into a fine powder"
                " in the cooperative's mill, then pack it in 100 g and 250 g bags. Selling sieved"
                " powder under the cooperative's name, rather than dried leaves to traders from"
                " Marrakech, has brought members a better price and a share of the profit at the"
                " end of the year."
            ),
        },
        "phone": "+212661742308",
        "email": "contact@henne-ktaoua.example",
        "register_number": "2016/84",
        "ice": "002157726000083",
        "tax_id": "47920315",
        "status": "verified",
        "manager": {
            "first_name": "Saadia",
            "last_name": "Nasiri",
            "phone": "+212664093752",
            "email": "saadia.nasiri@demo.example",
        },
    },
]


def _check(condition: object, message: str) -> None:
    """Like ``assert`` but also active under ``python -O``."""
    if not condition:
        raise AssertionError(message)


def validate_demo_data() -> None:
    """Check the invariants the ``seed_demo`` command relies on; raise AssertionError if not."""
    import re
    from datetime import date

    from stdnum.ma import ice as ice_number

    slug_re = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    mobile_re = re.compile(r"^\+212[67]\d{8}$")
    manager_phone_re = re.compile(r"^\+2126\d{8}$")
    register_re = re.compile(r"^(?:19|20)\d{2}/\d{1,5}$")
    tax_id_re = re.compile(r"^\d{7,8}$")
    sentence_end_re = re.compile(r"[.!?؟](?:\s|$)")
    languages = ("ar", "fr", "en")

    def is_tifinagh(text: str) -> bool:
        return any("\u2d30" <= ch <= "\u2d7f" for ch in text) and all(
            "\u2d30" <= ch <= "\u2d7f" or ch in " -'" for ch in text
        )

    def ascii_part(text: str) -> str:
        return re.sub(r"[^a-z]", "", text.lower())

    _check(len(COOPERATIVES) >= 14, "need at least 14 demo cooperatives")

    slugs: set[str] = set()
    phones: set[str] = set()
    ices: set[str] = set()
    tax_ids: set[str] = set()
    manager_emails: set[str] = set()
    certificate_numbers: set[str] = set()
    zgh_count = 0

    for coop in COOPERATIVES:
        slug = coop["slug"]
        where = f"cooperative {slug!r}"

        _check(slug_re.match(slug), f"{where}: slug must be ascii kebab-case")
        _check(slug not in slugs, f"{where}: duplicate slug")
        slugs.add(slug)

        name = coop["name"]
        _check(set(name) <= {*languages, "zgh"}, f"{where}: unexpected name languages")
        for lang in languages:
            _check(name.get(lang, "").strip(), f"{where}: missing name in {lang}")
        if "zgh" in name:
            _check(is_tifinagh(name["zgh"]), f"{where}: zgh name must be in Tifinagh")
            zgh_count += 1

        region = coop["region"]
        _check(region in DEMO_CITY_REGIONS, f"{where}: unknown region {region!r}")
        _check(coop["city"] in DEMO_CITY_REGIONS[region], f"{where}: city not in {region}")
        _check(coop["sector"] in SECTORS, f"{where}: unknown sector")
        _check(2005 <= coop["founded_year"] <= 2022, f"{where}: founded_year out of range")

        members, women = coop["members_count"], coop["women_count"]
        _check(7 <= members <= 120, f"{where}: members_count out of range")
        _check(0 <= women <= members, f"{where}: women_count out of range")
        if coop["women_only"]:
            _check(women == members, f"{where}: women-only but women_count != members_count")

        story = coop["story"]
        _check(set(story) == set(languages), f"{where}: story needs exactly ar, fr, en")
        for lang in languages:
            sentences = len(sentence_end_re.findall(story[lang].strip()))
            _check(2 <= sentences <= 4, f"{where}: story[{lang}] has {sentences} sentences")

        _check(mobile_re.match(coop["phone"]), f"{where}: phone must be a +2126/+2127 mobile")
        _check(coop["phone"] not in phones, f"{where}: duplicate phone")
        phones.add(coop["phone"])
        _check(coop["email"] == f"contact@{slug}.example", f"{where}: unexpected email")

        _check(register_re.match(coop["register_number"]), f"{where}: bad register_number")
        _check(ice_number.is_valid(coop["ice"]), f"{where}: invalid ICE")
        _check(len(coop["ice"]) == 15 and coop["ice"].isdigit(), f"{where}: ICE not compact")
        _check(coop["ice"] not in ices, f"{where}: duplicate ICE")
        ices.add(coop["ice"])
        _check(tax_id_re.match(coop["tax_id"]), f"{where}: tax_id must have 7-8 digits")
        _check(coop["tax_id"] not in tax_ids, f"{where}: duplicate tax_id")
        tax_ids.add(coop["tax_id"])

        _check(coop["status"] in STATUSES, f"{where}: unknown status")

        for label in coop.get("labels", []):
            _check(label["kind"] in LABEL_KINDS, f"{where}: unknown label kind")
            _check(label["name"].strip() and label["certifier"].strip(), f"{where}: label")
            number = label["certificate_number"]
            _check(number.strip() and number not in certificate_numbers, f"{where}: cert no.")
            certificate_numbers.add(number)
            expires = date.fromisoformat(label["expires_on"])
            _check(date(2027, 1, 1) <= expires <= date(2028, 12, 31), f"{where}: expires_on")

        manager = coop["manager"]
        _check(manager["first_name"].strip() and manager["last_name"].strip(), where)
        _check(manager_phone_re.match(manager["phone"]), f"{where}: manager phone")
        _check(manager["phone"] not in phones, f"{where}: duplicate manager phone")
        phones.add(manager["phone"])
        expected_email = (
            f"{ascii_part(manager['first_name'])}.{ascii_part(manager['last_name'])}@demo.example"
        )
        _check(manager["email"] == expected_email, f"{where}: manager email")
        _check(manager["email"] not in manager_emails, f"{where}: duplicate manager email")
        manager_emails.add(manager["email"])

    _check(zgh_count >= 3, "need a Tifinagh (zgh) name for at least 3 cooperatives")
    _check(len({c["region"] for c in COOPERATIVES}) >= 7, "need at least 7 regions")
    _check(sum(c["women_only"] for c in COOPERATIVES) >= 5, "need at least 5 women-only")

    statuses = [c["status"] for c in COOPERATIVES]
    _check(statuses.count("verified") >= 10, "need at least 10 verified cooperatives")
    for status in ("applied", "under_review", "changes_requested"):
        _check(statuses.count(status) == 1, f"need exactly one {status!r} cooperative")

    required_sectors = {
        "argan",
        "saffron",
        "honey",
        "couscous_cereals",
        "dates",
        "olive_oil",
        "crafts_textiles",
        "pottery",
        "rose_cosmetics",
    }
    sectors = {c["sector"] for c in COOPERATIVES}
    _check(required_sectors <= sectors, f"missing sectors: {required_sectors - sectors}")
    _check(sectors & {"dairy", "almonds_nuts"}, "need a cheese or almond cooperative")
