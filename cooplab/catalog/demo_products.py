"""Demo products of the demo cooperatives, for the ``seed_demo`` management command.

Everything here is FICTIONAL: products, descriptions, prices, stock and ONSSA authorisation
numbers are invented for demonstrations and tests. Only the products' kinds and their regions
of origin follow public facts (argan around Taroudant, saffron in Taliouine, roses in Kelâat
M'Gouna, Majhoul dates in the Tafilalet, Zemmour carpets around Khémisset…).

The module is pure data: it imports nothing from Django (only the pure-data category tree
and demo cooperatives), so tests and shells can load it.
Each product is keyed by its ``slug`` (stable: ``seed_demo`` creates a product only when its
slug does not exist yet). Products of cooperatives that are not verified stay drafts.
``validate_demo_products()`` checks the invariants the seeder relies on.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

from cooplab.catalog.categories import CATEGORY_TREE
from cooplab.cooperatives.demo_data import COOPERATIVES, SECTORS

Unit = Literal["g", "kg", "ml", "l", "piece"]


class DemoVariant(TypedDict):
    label: str  # shown as is in every language: "250 ml", "120 × 180 cm"
    quantity: str | None  # with `unit`, gives the unit price (per kg, per litre)
    unit: Unit
    price: str  # MAD, 2 decimals
    stock: int
    compare_at_price: NotRequired[str]
    low_stock_threshold: NotRequired[int]


class DemoProduct(TypedDict):
    slug: str
    cooperative: str  # slug in demo_data.COOPERATIVES
    category: str  # slug in categories.CATEGORY_TREE
    name: dict[str, str]  # "ar", "fr", "en"
    description: dict[str, str]  # "ar", "fr", "en"; 1 to 3 sentences
    origin_region: str  # the cooperative's region
    perishable: bool  # food True, crafts and cosmetics False
    onssa_number: str  # food only (fictional)
    labels: list[str]  # label kinds the cooperative holds (igp, aop, organic, fair_trade…)
    variants: list[DemoVariant]


# One sanitary authorisation per food-producing cooperative (fictional numbers).
ONSSA_NUMBERS: dict[str, str] = {
    "tafsut-argan": "ONSSA-09-0147",
    "ighil-ouzzal-safran": "ONSSA-09-0382",
    "jouri-dades": "ONSSA-08-0215",
    "ksar-maadid-dattes": "ONSSA-08-0461",
    "tamment-bouguemez": "ONSSA-05-0093",
    "nour-chaouia-couscous": "ONSSA-06-0528",
    "zitoun-tazekka": "ONSSA-03-0274",
    "tissouka-fromage": "ONSSA-01-0186",
    "talouzt-ameln": "ONSSA-09-0419",
    "henne-ktaoua": "ONSSA-08-0337",
    "azir-figuig": "ONSSA-02-0058",
    "oued-eddahab-lait-chamelle": "ONSSA-12-0021",
}


def _q(
    quantity: str,
    unit: Unit,
    price: str,
    stock: int,
    *,
    compare_at_price: str | None = None,
    low_stock_threshold: int | None = None,
) -> DemoVariant:
    """A size sold by weight or volume ("250 ml"): the page shows its price per kg or litre."""
    variant: DemoVariant = {
        "label": f"{quantity} {unit}",
        "quantity": quantity,
        "unit": unit,
        "price": price,
        "stock": stock,
    }
    if compare_at_price is not None:
        variant["compare_at_price"] = compare_at_price
    if low_stock_threshold is not None:
        variant["low_stock_threshold"] = low_stock_threshold
    return variant


def _p(
    label: str, price: str, stock: int, *, low_stock_threshold: int | None = None
) -> DemoVariant:
    """A size sold by the piece ("120 × 180 cm", "28 cm")."""
    variant: DemoVariant = {
        "label": label,
        "quantity": None,
        "unit": "piece",
        "price": price,
        "stock": stock,
    }
    if low_stock_threshold is not None:
        variant["low_stock_threshold"] = low_stock_threshold
    return variant


def _category_is_food() -> dict[str, bool]:
    found: dict[str, bool] = {}

    def walk(nodes: list[Any]) -> None:
        for slug, _fr, _ar, _en, is_food, children in nodes:
            found[slug] = is_food
            walk(children)

    walk(CATEGORY_TREE)
    return found


CATEGORY_IS_FOOD = _category_is_food()
COOPERATIVE_REGIONS = {c["slug"]: c["region"] for c in COOPERATIVES}


def _product(
    slug: str,
    cooperative: str,
    category: str,
    *,
    name: tuple[str, str, str],
    description: tuple[str, str, str],
    variants: list[DemoVariant],
    labels: tuple[str, ...] = (),
) -> DemoProduct:
    """`name` and `description` are (ar, fr, en). Region, perishability and ONSSA number follow
    from the cooperative and the category (food: perishable, with the ONSSA number)."""
    is_food = CATEGORY_IS_FOOD[category]
    return {
        "slug": slug,
        "cooperative": cooperative,
        "category": category,
        "name": dict(zip(("ar", "fr", "en"), name, strict=True)),
        "description": dict(zip(("ar", "fr", "en"), description, strict=True)),
        "origin_region": COOPERATIVE_REGIONS[cooperative],
        "perishable": is_food,
        "onssa_number": ONSSA_NUMBERS[cooperative] if is_food else "",
        "labels": list(labels),
        "variants": variants,
    }


PRODUCTS: list[DemoProduct] = [
    # Tafsut (argan, Taroudant): IGP Argane and organic certificates.
    _product(
        "huile-argan-alimentaire-torrefiee-tafsut",
        "tafsut-argan",
        "huile-argan-alimentaire",
        name=(
            "زيت أركان غذائي محمص",
            "Huile d'argan alimentaire torréfiée",
            "Roasted culinary argan oil",
        ),
        description=(
            "زيت مستخلص من لوزات أركان محمصة قليلًا، تكسرها المتعاونات يدويًا قرب تارودانت."
            " نكهته الشبيهة بالبندق تُغني أملو والكسكس والسلطات، ويُستعمل نيئًا دون طهي.",
            "Pressée à partir d'amandons légèrement torréfiés, cassés à la main par les"
            " adhérentes près de Taroudant. Son goût de noisette relève l'amlou, le couscous et"
            " les salades ; à utiliser crue, en filet.",
            "Pressed from lightly roasted kernels that members crack by hand near Taroudant."
            " Its nutty taste lifts amlou, couscous and salads; use it raw, as a drizzle.",
        ),
        variants=[_q("250", "ml", "150.00", 40), _q("500", "ml", "280.00", 25)],
        labels=("igp", "organic"),
    ),
    _product(
        "huile-argan-cosmetique-pure-tafsut",
        "tafsut-argan",
        "huile-argan-cosmetique",
        name=("زيت أركان تجميلي خالص", "Huile d'argan cosmétique pure", "Pure cosmetic argan oil"),
        description=(
            "زيت معصور على البارد من لوزات غير محمصة، بلا عطر ولا أي إضافات. بضع قطرات منه تغذي"
            " البشرة والشعر والأظافر.",
            "Huile pressée à froid à partir d'amandons non torréfiés, sans parfum ni additif."
            " Quelques gouttes nourrissent la peau, les cheveux et les ongles.",
            "Cold-pressed from unroasted kernels, with no perfume or additive. A few drops"
            " nourish skin, hair and nails.",
        ),
        variants=[_q("50", "ml", "85.00", 60), _q("100", "ml", "150.00", 35)],
        labels=("igp", "organic"),
    ),
    _product(
        "amlou-amandes-argan-miel-tafsut",
        "tafsut-argan",
        "amlou-pates",
        name=(
            "أملو باللوز وزيت الأركان والعسل",
            "Amlou aux amandes, huile d'argan et miel",
            "Amlou with almonds, argan oil and honey",
        ),
        description=(
            "المعجون التقليدي لسوس: لوز محمص مطحون بالرحى، وزيت أركان محمص، وعسل. يُقدَّم في"
            " الفطور مع الخبز الساخن.",
            "La pâte à tartiner du Souss : amandes grillées et moulues à la meule, huile d'argan"
            " torréfiée et miel. À déguster au petit-déjeuner avec du pain chaud.",
            "The Souss spread: roasted almonds ground on a millstone, roasted argan oil and"
            " honey. Enjoy it at breakfast with warm bread.",
        ),
        variants=[_q("250", "g", "75.00", 50), _q("500", "g", "140.00", 30)],
    ),
    _product(
        "savon-noir-argan-tafsut",
        "tafsut-argan",
        "savons-soins",
        name=(
            "صابون بلدي بزيت الأركان",
            "Savon noir à l'huile d'argan",
            "Black soap with argan oil",
        ),
        description=(
            "صابون بلدي تقليدي مصنوع من زيت الزيتون وزيت الأركان، للحمّام. يوضع على البشرة"
            " المبللة ويُترك بضع دقائق ثم تُفرك البشرة بالكيس.",
            "Savon noir traditionnel à base d'huile d'olive et d'huile d'argan, pour le hammam."
            " Appliquer sur la peau humide, laisser poser quelques minutes puis gommer au gant"
            " kessa.",
            "Traditional black soap made with olive and argan oil, for the hammam. Spread on wet"
            " skin, leave for a few minutes, then scrub with a kessa glove.",
        ),
        variants=[_q("200", "g", "40.00", 80)],
    ),
    _product(
        "creme-hydratante-argan-tafsut",
        "tafsut-argan",
        "savons-soins",
        name=(
            "كريم مرطب بزيت الأركان",
            "Crème hydratante à l'huile d'argan",
            "Moisturising cream with argan oil",
        ),
        description=(
            "كريم خفيف للوجه واليدين، يُحضَّر في ورشة التعاونية بزيت الأركان التجميلي وماء زهر"
            " البرتقال.",
            "Crème légère pour le visage et les mains, préparée à l'atelier avec notre huile"
            " d'argan cosmétique et de l'eau de fleur d'oranger.",
            "A light cream for face and hands, made in our workshop with our cosmetic argan oil"
            " and orange blossom water.",
        ),
        variants=[_q("50", "ml", "70.00", 45)],
    ),
    _product(
        "coffret-decouverte-argan-tafsut",
        "tafsut-argan",
        "huile-argan-alimentaire",
        name=("علبة اكتشاف منتجات الأركان", "Coffret découverte de l'argan", "Argan discovery box"),
        description=(
            "علبة تضم 100 مل من زيت الأركان الغذائي المحمص و50 مل من الزيت التجميلي و250 غرامًا"
            " من أملو. هدية تعرّف بعمل التعاونية كله.",
            "Un coffret avec 100 ml d'huile alimentaire torréfiée, 50 ml d'huile cosmétique et"
            " 250 g d'amlou. Une idée de cadeau qui fait connaître tout le travail de la"
            " coopérative.",
            "A box with 100 ml of roasted culinary oil, 50 ml of cosmetic oil and 250 g of amlou."
            " A gift that shows the whole work of the cooperative.",
        ),
        variants=[_p("100 ml + 50 ml + 250 g", "260.00", 15)],
        labels=("igp",),
    ),
    # Ighil Ouzzal (saffron, Taliouine): AOP and fair trade.
    _product(
        "safran-taliouine-pistils-ighil-ouzzal",
        "ighil-ouzzal-safran",
        "safran-epices",
        name=("زعفران تالوين الحر", "Safran de Taliouine en pistils", "Taliouine saffron threads"),
        description=(
            "مياسم زهرة الزعفران تُقطف عند الفجر في شهر نونبر، وتُنقّى يدويًا وتجفف في الظل."
            " تكفي بضع شعيرات منقوعة في قليل من الماء الفاتر لتعطير طاجين كامل.",
            "Pistils de Crocus sativus cueillis à l'aube en novembre, émondés à la main et séchés"
            " à l'ombre. Quelques filaments infusés dans un peu d'eau tiède suffisent à parfumer"
            " un tajine.",
            "Crocus sativus stigmas picked at dawn in November, separated by hand and dried in"
            " the shade. A few threads soaked in a little warm water are enough to scent a"
            " tagine.",
        ),
        variants=[
            _q("1", "g", "60.00", 120),
            _q("2", "g", "115.00", 80),
            _q("5", "g", "275.00", 30),
        ],
        labels=("aop", "fair_trade"),
    ),
    _product(
        "the-vert-safran-ighil-ouzzal",
        "ighil-ouzzal-safran",
        "herbes-thes",
        name=("شاي أخضر بالزعفران", "Thé vert au safran", "Green tea with saffron"),
        description=(
            "شاي أخضر من نوع «كونبودر» ممزوج بشعيرات زعفران التعاونية. يعطي شايًا ذهبي اللون"
            " طيب الرائحة، يُقدَّم بالنعناع أو بدونه.",
            "Thé vert gunpowder mélangé à des pistils de safran de la coopérative. Il donne un"
            " thé doré et parfumé, à servir avec ou sans menthe.",
            "Gunpowder green tea blended with the cooperative's saffron threads. It brews a"
            " golden, fragrant tea, served with or without mint.",
        ),
        variants=[_q("100", "g", "45.00", 70), _q("250", "g", "100.00", 30)],
        labels=("fair_trade",),
    ),
    _product(
        "miel-safran-ighil-ouzzal",
        "ighil-ouzzal-safran",
        "miel",
        name=("عسل بالزعفران", "Miel au safran", "Honey with saffron"),
        description=(
            "عسل أزهار من جبال سيروا تُنقع فيه شعيرات الزعفران. يؤكل بالملعقة أو يُضاف إلى"
            " منقوع الأعشاب.",
            "Miel de fleurs des montagnes du Siroua dans lequel infusent des pistils de safran."
            " À déguster à la cuillère ou dans une tisane.",
            "Flower honey from the Siroua mountains with saffron threads steeped in it. Eat it"
            " by the spoon or stir it into an infusion.",
        ),
        variants=[_q("250", "g", "120.00", 40)],
        labels=("fair_trade",),
    ),
    _product(
        "coffret-safran-the-ighil-ouzzal",
        "ighil-ouzzal-safran",
        "safran-epices",
        name=("علبة هدية: زعفران وشاي", "Coffret cadeau safran et thé", "Saffron and tea gift box"),
        description=(
            "علبة تضم غرامًا واحدًا من شعيرات الزعفران وكيسًا من 100 غرام من الشاي الأخضر"
            " بالزعفران، مع بطاقة تشرح طريقة الجني في تالوين.",
            "Une boîte de 1 g de safran en pistils et un sachet de 100 g de thé vert au safran,"
            " avec une carte qui raconte la récolte à Taliouine.",
            "One gram of saffron threads and a 100 g bag of saffron green tea, with a card that"
            " explains the harvest in Taliouine.",
        ),
        variants=[_p("1 g + 100 g", "110.00", 25)],
        labels=("aop", "fair_trade"),
    ),
    _product(
        "savon-safran-ighil-ouzzal",
        "ighil-ouzzal-safran",
        "savons-soins",
        name=("صابون بالزعفران", "Savon au safran", "Saffron soap"),
        description=(
            "صابون مصنوع على البارد بزيت الزيتون وزيت الأركان، ملوَّن ومعطَّر بالزعفران. لطيف على"
            " بشرة الوجه.",
            "Savon saponifié à froid à l'huile d'olive et d'argan, coloré et parfumé au safran."
            " Doux pour le visage.",
            "Cold-process soap with olive and argan oil, coloured and scented with saffron."
            " Gentle on the face.",
        ),
        variants=[_q("100", "g", "35.00", 90)],
        labels=("fair_trade",),
    ),
    # Jouri Dadès (roses, Kelâat M'Gouna): AOP rose.
    _product(
        "eau-de-rose-jouri-dades",
        "jouri-dades",
        "savons-soins",
        name=(
            "ماء الورد البلدي لقلعة مكونة",
            "Eau de rose de Kelâat M'Gouna",
            "Kelaat M'Gouna rose water",
        ),
        description=(
            "يُقطَّر في إنبيق التعاونية من الورد الدمشقي الذي يُقطف في شهر ماي. ينعش البشرة"
            " ويشدّها صباحًا ومساءً.",
            "Distillée dans l'alambic de la coopérative à partir de roses de Damas cueillies en"
            " mai. Elle tonifie et rafraîchit la peau, matin et soir.",
            "Distilled in the cooperative's still from Damask roses picked in May. It tones and"
            " refreshes the skin, morning and evening.",
        ),
        variants=[_q("250", "ml", "45.00", 100), _q("500", "ml", "80.00", 50)],
        labels=("aop",),
    ),
    _product(
        "boutons-rose-seches-jouri-dades",
        "jouri-dades",
        "herbes-thes",
        name=("براعم الورد المجففة", "Boutons de rose séchés", "Dried rosebuds"),
        description=(
            "براعم الورد الدمشقي مجففة في الظل، تُستعمل في المنقوعات ورأس الحانوت والحلويات.",
            "Boutons de rose de Damas séchés à l'ombre, pour les infusions, le ras el hanout et"
            " les pâtisseries.",
            "Damask rosebuds dried in the shade, for infusions, ras el hanout and pastries.",
        ),
        variants=[_q("50", "g", "30.00", 60), _q("100", "g", "55.00", 40)],
        labels=("aop",),
    ),
    _product(
        "maceration-rose-argan-jouri-dades",
        "jouri-dades",
        "savons-soins",
        name=(
            "زيت الأركان المنقوع بالورد",
            "Macérât de rose à l'huile d'argan",
            "Rose-infused argan oil",
        ),
        description=(
            "بتلات ورد منقوعة لعدة أسابيع في زيت الأركان التجميلي. زيت للتدليك برائحة رقيقة.",
            "Pétales de rose macérés plusieurs semaines dans de l'huile d'argan cosmétique. Une"
            " huile de massage au parfum délicat.",
            "Rose petals steeped for several weeks in cosmetic argan oil. A delicately scented"
            " massage oil.",
        ),
        variants=[_q("50", "ml", "95.00", 35)],
    ),
    _product(
        "savon-rose-jouri-dades",
        "jouri-dades",
        "savons-soins",
        name=("صابون بالورد", "Savon à la rose", "Rose soap"),
        description=(
            "صابون بزيت الزيتون وماء الورد وبتلات الورد المطحونة، يترك على البشرة رائحة ورد خفيفة.",
            "Savon à l'huile d'olive, à l'eau de rose et aux pétales broyés. Il laisse sur la"
            " peau un léger parfum de rose.",
            "Olive oil soap with rose water and crushed petals. It leaves a light scent of roses"
            " on the skin.",
        ),
        variants=[_q("100", "g", "30.00", 120)],
    ),
    _product(
        "creme-visage-rose-jouri-dades",
        "jouri-dades",
        "savons-soins",
        name=("كريم الورد للوجه", "Crème visage à la rose", "Rose face cream"),
        description=(
            "كريم نهاري بماء الورد وزيت الأركان، دون عطر مضاف. يناسب البشرة الجافة.",
            "Crème de jour à l'eau de rose et à l'huile d'argan, sans parfum ajouté. Convient"
            " aux peaux sèches.",
            "Day cream with rose water and argan oil, with no added perfume. Suits dry skin.",
        ),
        variants=[_q("50", "ml", "75.00", 40)],
    ),
    # Ksar Maadid (dates, Erfoud): IGP Majhoul du Tafilalet.
    _product(
        "dattes-majhoul-tafilalet-ksar-maadid",
        "ksar-maadid-dattes",
        "dattes-fruits-secs",
        name=("تمر المجهول من تافيلالت", "Dattes Majhoul du Tafilalet", "Tafilalet Majhoul dates"),
        description=(
            "تمور كبيرة لحمية بطعم الكراميل، تُجنى يدويًا من واحات أرفود وتُفرز حبة حبة.",
            "De grosses dattes charnues au goût de caramel, cueillies à la main dans les"
            " palmeraies d'Erfoud et triées une à une.",
            "Large, fleshy dates with a caramel taste, picked by hand in the palm groves of"
            " Erfoud and sorted one by one.",
        ),
        variants=[_q("500", "g", "65.00", 80), _q("1", "kg", "120.00", 60)],
        labels=("igp",),
    ),
    _product(
        "dattes-boufeggous-ksar-maadid",
        "ksar-maadid-dattes",
        "dattes-fruits-secs",
        name=("تمر بوفقوس", "Dattes Boufeggous", "Boufeggous dates"),
        description=(
            "صنف من تافيلالت ذو لحم طري وحلاوة معتدلة، يُفضَّل على مائدة الإفطار في رمضان.",
            "Une variété du Tafilalet à la chair tendre et peu sucrée, appréciée pour le ftour"
            " du Ramadan.",
            "A Tafilalet variety with soft, mildly sweet flesh, a favourite for breaking the fast"
            " in Ramadan.",
        ),
        variants=[_q("1", "kg", "75.00", 90)],
    ),
    _product(
        "dattes-jihel-ksar-maadid",
        "ksar-maadid-dattes",
        "dattes-fruits-secs",
        name=("تمر الجيهل", "Dattes Jihel", "Jihel dates"),
        description=(
            "تمور صغيرة جافة وصلبة تُحفظ مدة طويلة، مناسبة للرحلات ولوجبات الأطفال.",
            "Petites dattes sèches et fermes qui se conservent longtemps. Parfaites pour les"
            " randonnées et les goûters d'enfants.",
            "Small, firm, dry dates that keep for a long time. Ideal for hikes and children's"
            " snacks.",
        ),
        variants=[_q("1", "kg", "60.00", 100)],
    ),
    _product(
        "pate-de-dattes-ksar-maadid",
        "ksar-maadid-dattes",
        "amlou-pates",
        name=("معجون التمر", "Pâte de dattes", "Date paste"),
        description=(
            "تمور منزوعة النوى ومطحونة دون سكر مضاف، لحشو المقروط والغريبة أو تحلية العصائر.",
            "Dattes dénoyautées et broyées, sans sucre ajouté. Pour fourrer les makrouts et les"
            " ghriba ou sucrer les smoothies.",
            "Pitted, ground dates with no added sugar. For filling makrout and ghriba or"
            " sweetening smoothies.",
        ),
        variants=[_q("500", "g", "35.00", 70), _q("1", "kg", "65.00", 40)],
    ),
    _product(
        "dattes-fourrees-amandes-ksar-maadid",
        "ksar-maadid-dattes",
        "dattes-fruits-secs",
        name=("تمور محشوة باللوز", "Dattes fourrées aux amandes", "Almond-stuffed dates"),
        description=(
            "تمور مجهول محشوة بلوزة محمصة، تُقدَّم في علبة من سعف النخيل المضفور. هدية محبوبة في"
            " الأعياد.",
            "Dattes Majhoul fourrées d'une amande grillée, présentées dans une boîte en palmier"
            " tressé. Un cadeau apprécié pour les fêtes.",
            "Majhoul dates stuffed with a roasted almond, in a woven palm-leaf box. A welcome"
            " gift for celebrations.",
        ),
        variants=[_q("500", "g", "95.00", 30, compare_at_price="110.00")],
        labels=("igp",),
    ),
    _product(
        "sirop-dattes-ksar-maadid",
        "ksar-maadid-dattes",
        "amlou-pates",
        name=("دبس التمر", "Sirop de dattes", "Date syrup"),
        description=(
            "شراب كثيف يُحضَّر بطهي التمور على نار هادئة، يُسكب على المسمن أو الياغورت.",
            "Un sirop épais obtenu en cuisant lentement des dattes, à verser sur les msemen ou"
            " le yaourt.",
            "A thick syrup made by slowly cooking dates, to pour over msemen pancakes or yoghurt.",
        ),
        variants=[_q("350", "g", "45.00", 50)],
    ),
    # Tamment n'Aït Bouguemez (honey, Azilal).
    _product(
        "miel-thym-bouguemez",
        "tamment-bouguemez",
        "miel",
        name=("عسل الزعتر الحر", "Miel de thym", "Thyme honey"),
        description=(
            "يُجنى في شهر يونيو على منحدرات وادي أيت بوكماز، على علو يفوق 1800 متر. عسل"
            " كهرماني اللون قوي النكهة يتبلور بشكل ناعم.",
            "Récolté en juin sur les pentes de la vallée des Aït Bouguemez, à plus de 1 800 m."
            " Un miel ambré, puissant, qui cristallise finement.",
            "Harvested in June on the slopes of the Ait Bouguemez valley, above 1,800 m. An"
            " amber, strong honey that crystallises finely.",
        ),
        variants=[_q("500", "g", "180.00", 40), _q("1", "kg", "340.00", 20)],
    ),
    _product(
        "miel-euphorbe-bouguemez",
        "tamment-bouguemez",
        "miel",
        name=("عسل الدغموس", "Miel d'euphorbe", "Euphorbia honey"),
        description=(
            "عسل نادر بطعم حار قليلًا، يجنيه النحل من أزهار الدغموس في سفوح الأطلس. يُؤخذ"
            " تقليديًا بالملعقة في فصل الشتاء.",
            "Un miel rare au goût poivré, que les abeilles tirent des fleurs d'euphorbe du"
            " piémont de l'Atlas. On le prend traditionnellement à la cuillère, l'hiver.",
            "A rare, peppery honey the bees gather from euphorbia flowers in the Atlas"
            " foothills. Traditionally taken by the spoon in winter.",
        ),
        variants=[_q("250", "g", "130.00", 30), _q("500", "g", "240.00", 15)],
    ),
    _product(
        "miel-jujubier-bouguemez",
        "tamment-bouguemez",
        "miel",
        name=("عسل السدر", "Miel de jujubier", "Jujube honey"),
        description=(
            "عسل السدر يُجنى في آخر الصيف، حلو بنكهة الفواكه. إنتاجه قليل، والجرار مرقّمة.",
            "Miel de sidr récolté en fin d'été, doux et fruité. Sa production est faible : les"
            " pots sont numérotés.",
            "Sidr honey harvested at the end of summer, mild and fruity. Production is small and"
            " the jars are numbered.",
        ),
        variants=[_q("500", "g", "250.00", 20)],
    ),
    _product(
        "miel-toutes-fleurs-montagne-bouguemez",
        "tamment-bouguemez",
        "miel",
        name=(
            "عسل جبلي متعدد الأزهار",
            "Miel toutes fleurs de montagne",
            "Mountain wildflower honey",
        ),
        description=(
            "عسل الربيع من خلايا الوادي: خزامى وإكليل الجبل وأزهار اللوز. حلو المذاق ويحبه"
            " الأطفال.",
            "Le miel de printemps des ruches de la vallée : lavande, romarin et fleurs"
            " d'amandier. Doux, il plaît aux enfants.",
            "Spring honey from the valley's hives: lavender, rosemary and almond blossom. Mild,"
            " and children love it.",
        ),
        variants=[_q("500", "g", "110.00", 60), _q("1", "kg", "200.00", 30)],
    ),
    _product(
        "pollen-fleurs-bouguemez",
        "tamment-bouguemez",
        "miel",
        name=("حبوب لقاح الأزهار", "Pollen de fleurs", "Flower pollen"),
        description=(
            "حبوب لقاح تُجمع عند مدخل الخلايا وتُجفف في حرارة منخفضة. ملعقة صغيرة في الصباح مع"
            " الياغورت أو العصير.",
            "Pollen récolté à l'entrée des ruches et séché à basse température. Une cuillère à"
            " café le matin, dans un yaourt ou un jus.",
            "Pollen collected at the hive entrance and dried at low temperature. A teaspoon in"
            " the morning, in yoghurt or juice.",
        ),
        variants=[_q("250", "g", "90.00", 25)],
    ),
    # Nour Chaouia (couscous, Settat).
    _product(
        "couscous-ble-dur-roule-main-nour-chaouia",
        "nour-chaouia-couscous",
        "couscous-cereales",
        name=(
            "كسكس القمح الصلب المفتول يدويًا",
            "Couscous de blé dur roulé à la main",
            "Hand-rolled durum wheat couscous",
        ),
        description=(
            "سميد القمح الصلب من الشاوية يُفتل يدويًا، ويُطهى بالبخار ثم يُجفف تحت الشمس. حبة"
            " متوسطة لكسكس يوم الجمعة.",
            "Semoule de blé dur de la Chaouia roulée à la main, précuite à la vapeur et séchée"
            " au soleil. Grain moyen, pour le couscous du vendredi.",
            "Chaouia durum wheat semolina rolled by hand, steamed and dried in the sun. Medium"
            " grain, for the Friday couscous.",
        ),
        variants=[_q("1", "kg", "38.00", 150), _q("5", "kg", "175.00", 30)],
    ),
    _product(
        "couscous-orge-belboula-nour-chaouia",
        "nour-chaouia-couscous",
        "couscous-cereales",
        name=("كسكس الشعير (البلبولة)", "Couscous d'orge (belboula)", "Barley couscous (belboula)"),
        description=(
            "كسكس من الشعير المكسر، غني بالألياف وذو طعم بلدي. لذيذ مع اللبن أو بالخضر.",
            "Couscous d'orge concassée, riche en fibres, au goût rustique. Délicieux avec du"
            " petit-lait ou des légumes.",
            "Cracked barley couscous, high in fibre, with a rustic taste. Delicious with"
            " buttermilk or vegetables.",
        ),
        variants=[_q("1", "kg", "35.00", 120)],
    ),
    _product(
        "couscous-ble-complet-nour-chaouia",
        "nour-chaouia-couscous",
        "couscous-cereales",
        name=("كسكس القمح الكامل", "Couscous complet au blé entier", "Wholewheat couscous"),
        description=(
            "يُفتل من دقيق القمح الكامل المطحون بالرحى الحجرية، لونه أغمق وقيمته الغذائية أعلى.",
            "Roulé à partir de farine de blé entier moulue à la meule de pierre. Plus sombre,"
            " plus nourrissant.",
            "Rolled from wholewheat flour ground on a stone mill. Darker and more filling.",
        ),
        variants=[_q("1", "kg", "42.00", 90)],
    ),
    _product(
        "mhamsa-nour-chaouia",
        "nour-chaouia-couscous",
        "couscous-cereales",
        name=("المحمصة", "Mhamsa (plombs roulés main)", "Mhamsa (hand-rolled pearl pasta)"),
        description=(
            "حبات كبيرة من السميد تُفتل وتُحمَّص، وتُطهى كالعجائن في مرق الطماطم أو في الحساء.",
            "Gros grains de semoule roulés et grillés, à cuire comme des pâtes dans une sauce"
            " tomate ou une soupe.",
            "Large rolled and toasted semolina pearls, cooked like pasta in a tomato sauce or a"
            " soup.",
        ),
        variants=[_q("1", "kg", "40.00", 80)],
    ),
    _product(
        "couscous-mais-baddaz-nour-chaouia",
        "nour-chaouia-couscous",
        "couscous-cereales",
        name=("كسكس الذرة (البداز)", "Couscous de maïs (baddaz)", "Corn couscous (baddaz)"),
        description=(
            "كسكس من سميد الذرة، دون قمح، كما يُحضَّر في البادية. يتناسب جيدًا مع السمك والخضر.",
            "Couscous de semoule de maïs, sans blé, comme on le prépare à la campagne. Il"
            " accompagne très bien le poisson et les légumes.",
            "Corn semolina couscous, made without wheat, the way it is made in the countryside."
            " Goes very well with fish and vegetables.",
        ),
        variants=[_q("1", "kg", "32.00", 100)],
    ),
    _product(
        "chaariya-roulee-main-nour-chaouia",
        "nour-chaouia-couscous",
        "couscous-cereales",
        name=(
            "الشعرية البلدية المفتولة يدويًا",
            "Chaâriya roulée à la main",
            "Hand-rolled chaariya vermicelli",
        ),
        description=(
            "شعرية رقيقة تُفتل يدويًا وتُجفف، لتحضير السفة بالقرفة والسكر أو للحساء.",
            "Vermicelles fins roulés à la main et séchés, pour la seffa sucrée à la cannelle ou"
            " la soupe.",
            "Fine vermicelli rolled by hand and dried, for sweet seffa with cinnamon or for soup.",
        ),
        variants=[_q("500", "g", "25.00", 110)],
    ),
    # Zitoun Tazekka (olive oil, Taza): organic certificate.
    _product(
        "huile-olive-vierge-extra-bio-zitoun-tazekka",
        "zitoun-tazekka",
        "huiles",
        name=(
            "زيت زيتون بكر ممتاز عضوي",
            "Huile d'olive vierge extra bio",
            "Organic extra virgin olive oil",
        ),
        description=(
            "زيتون البشولين المغربي يُقطف يدويًا من منحدرات تازكة ويُعصر على البارد خلال 24"
            " ساعة. نكهة فاكهية خضراء مع مرارة خفيفة.",
            "Olives Picholine marocaine cueillies à la main sur les pentes du Tazekka et"
            " pressées à froid dans les 24 heures. Fruité vert, légère amertume.",
            "Moroccan Picholine olives picked by hand on the slopes of Tazekka and cold-pressed"
            " within 24 hours. Green and fruity, slightly bitter.",
        ),
        variants=[_q("1", "l", "110.00", 80), _q("5", "l", "500.00", 20)],
        labels=("organic",),
    ),
    _product(
        "huile-olive-recolte-precoce-zitoun-tazekka",
        "zitoun-tazekka",
        "huiles",
        name=(
            "زيت زيتون من الجني المبكر",
            "Huile d'olive de récolte précoce",
            "Early-harvest olive oil",
        ),
        description=(
            "يُعصر في شهر أكتوبر من زيتون ما يزال أخضر: مردود أقل، لكنه زيت غني بالنكهة"
            " وبالبوليفينول.",
            "Pressée en octobre à partir d'olives encore vertes : moins de rendement, mais une"
            " huile très aromatique et riche en polyphénols.",
            "Pressed in October from still-green olives: a lower yield, but a very aromatic oil"
            " rich in polyphenols.",
        ),
        variants=[_q("500", "ml", "80.00", 40)],
        labels=("organic",),
    ),
    _product(
        "huile-olive-thym-zitoun-tazekka",
        "zitoun-tazekka",
        "huiles",
        name=(
            "زيت زيتون منكه بالزعتر",
            "Huile d'olive aromatisée au thym",
            "Thyme-infused olive oil",
        ),
        description=(
            "زيتنا البكر الممتاز تُنقع فيه أغصان الزعتر البري، للمشويات والخبز الساخن.",
            "Notre huile vierge extra dans laquelle infusent des brins de thym sauvage. Pour les"
            " grillades et le pain chaud.",
            "Our extra virgin oil with sprigs of wild thyme steeped in it. For grilled meat and"
            " warm bread.",
        ),
        variants=[_q("250", "ml", "45.00", 60)],
    ),
    _product(
        "tapenade-olives-noires-zitoun-tazekka",
        "zitoun-tazekka",
        "amlou-pates",
        name=("معجون الزيتون الأسود", "Tapenade d'olives noires", "Black olive tapenade"),
        description=(
            "زيتون أسود بلدي مطحون مع زيت الزيتون والثوم والأعشاب، يُدهن على الخبز.",
            "Olives noires beldi broyées avec de l'huile d'olive, de l'ail et des herbes. À"
            " tartiner à l'apéritif.",
            "Beldi black olives ground with olive oil, garlic and herbs. A spread for aperitifs.",
        ),
        variants=[_q("200", "g", "35.00", 50)],
    ),
    _product(
        "savon-huile-olive-zitoun-tazekka",
        "zitoun-tazekka",
        "savons-soins",
        name=("صابون بزيت الزيتون", "Savon à l'huile d'olive", "Olive oil soap"),
        description=(
            "صابون مصنوع على البارد يحتوي على 72٪ من زيت زيتون التعاونية، دون عطر. مناسب لجميع"
            " أفراد الأسرة.",
            "Savon saponifié à froid avec 72 % d'huile d'olive de la coopérative, sans parfum."
            " Pour toute la famille.",
            "Cold-process soap with 72% of the cooperative's olive oil, unscented. For the whole"
            " family.",
        ),
        variants=[_q("100", "g", "20.00", 150)],
    ),
    # Tissouka (goat's cheese, Chefchaouen): IGP.
    _product(
        "fromage-frais-chevre-chefchaouen-tissouka",
        "tissouka-fromage",
        "fromages-laitiers",
        name=(
            "جبن ماعز طري من شفشاون",
            "Fromage frais de chèvre de Chefchaouen",
            "Fresh Chefchaouen goat's cheese",
        ),
        description=(
            "جبن طري يُصب في القوالب بالمغرفة، من حليب ماعز الريف التي ترعى في المراعي الجبلية."
            " يُستهلك خلال أسبوع.",
            "Fromage frais moulé à la louche avec le lait des chèvres du Rif, nourries sur les"
            " parcours de montagne. À consommer dans la semaine.",
            "Fresh cheese ladled into moulds from the milk of Rif goats grazing on mountain"
            " pastures. Eat within the week.",
        ),
        variants=[_q("250", "g", "45.00", 30)],
        labels=("igp",),
    ),
    _product(
        "fromage-chevre-affine-tissouka",
        "tissouka-fromage",
        "fromages-laitiers",
        name=("جبن ماعز معتّق", "Fromage de chèvre affiné", "Aged goat's cheese"),
        description=(
            "يُعتَّق ثلاثة أسابيع في قبو التعاونية، فتتكوّن له قشرة رقيقة ونكهة تشبه البندق.",
            "Affiné trois semaines dans la cave de la coopérative, il développe une croûte fine"
            " et un goût de noisette.",
            "Aged for three weeks in the cooperative's cellar, it develops a thin rind and a"
            " nutty taste.",
        ),
        variants=[_q("250", "g", "65.00", 25)],
        labels=("igp",),
    ),
    _product(
        "fromage-chevre-herbes-tissouka",
        "tissouka-fromage",
        "fromages-laitiers",
        name=("جبن ماعز بالأعشاب", "Fromage de chèvre aux herbes", "Goat's cheese with herbs"),
        description=(
            "جبن طري مغطى بالزعتر والنعناع البري والفلفل الحلو.",
            "Fromage frais roulé dans le thym, la menthe sauvage et le piment doux.",
            "Fresh cheese rolled in thyme, wild mint and sweet paprika.",
        ),
        variants=[_q("200", "g", "50.00", 30)],
    ),
    _product(
        "smen-beldi-tissouka",
        "tissouka-fromage",
        "fromages-laitiers",
        name=("السمن البلدي", "Smen beldi (beurre clarifié)", "Smen (aged clarified butter)"),
        description=(
            "زبدة ماعز مملحة ومعتقة على الطريقة التقليدية. تكفي ملعقة صغيرة لتعطير الكسكس أو"
            " الحريرة.",
            "Beurre de chèvre salé et vieilli selon la tradition. Une petite cuillerée suffit à"
            " parfumer un couscous ou une harira.",
            "Goat's butter salted and aged the traditional way. A small spoonful is enough to"
            " flavour a couscous or harira.",
        ),
        variants=[_q("250", "g", "70.00", 20)],
    ),
    _product(
        "fromage-chevre-huile-olive-tissouka",
        "tissouka-fromage",
        "fromages-laitiers",
        name=(
            "جبن ماعز في زيت الزيتون",
            "Fromage de chèvre à l'huile d'olive",
            "Goat's cheese in olive oil",
        ),
        description=(
            "أقراص جبن صغيرة معتقة محفوظة في برطمان بزيت الزيتون وورق الغار، تُحفظ عدة أشهر.",
            "Petits fromages affinés conservés en bocal dans l'huile d'olive avec du laurier."
            " Ils se gardent plusieurs mois.",
            "Small aged cheeses kept in a jar of olive oil with bay leaves. They keep for"
            " several months.",
        ),
        variants=[_q("300", "g", "80.00", 25)],
        labels=("igp",),
    ),
    # Talouzt Ameln (almonds, Tafraout): IGP.
    _product(
        "amandes-beldi-tafraout-talouzt",
        "talouzt-ameln",
        "dattes-fruits-secs",
        name=("لوز بلدي من تافراوت", "Amandes beldi de Tafraout", "Tafraout beldi almonds"),
        description=(
            "لوز بلدي صغير يُكسَّر يدويًا، طعمه أقوى بكثير من الأصناف المستوردة.",
            "Petites amandes de pays, cassées à la main, au goût bien plus prononcé que les"
            " variétés importées.",
            "Small local almonds cracked by hand, with a much stronger taste than imported"
            " varieties.",
        ),
        variants=[_q("500", "g", "80.00", 60), _q("1", "kg", "150.00", 40)],
        labels=("igp",),
    ),
    _product(
        "amandes-grillees-salees-talouzt",
        "talouzt-ameln",
        "dattes-fruits-secs",
        name=("لوز محمص ومملح", "Amandes grillées salées", "Roasted salted almonds"),
        description=(
            "لوز بلدي محمص في فرن الحطب ومملح قليلًا، يُقدَّم مع الشاي.",
            "Amandes beldi grillées au four à bois et légèrement salées. Pour accompagner le thé.",
            "Beldi almonds roasted in a wood-fired oven and lightly salted. To serve with tea.",
        ),
        variants=[_q("250", "g", "45.00", 70)],
        labels=("igp",),
    ),
    _product(
        "amlou-amandes-tafraout-talouzt",
        "talouzt-ameln",
        "amlou-pates",
        name=("أملو بلوز تافراوت", "Amlou aux amandes de Tafraout", "Amlou with Tafraout almonds"),
        description=(
            "لوز بلدي محمص مطحون بالرحى الحجرية، مع زيت الأركان وعسل وادي أملن.",
            "Amandes beldi grillées et moulues à la meule de pierre, huile d'argan et miel de la"
            " vallée des Ameln.",
            "Beldi almonds roasted and ground on a stone mill, with argan oil and honey from the"
            " Ameln valley.",
        ),
        variants=[_q("250", "g", "70.00", 50)],
    ),
    _product(
        "poudre-amandes-talouzt",
        "talouzt-ameln",
        "dattes-fruits-secs",
        name=("مسحوق اللوز", "Poudre d'amandes", "Ground almonds"),
        description=(
            "لوز مقشر ومطحون طحنًا ناعمًا، لتحضير كعب الغزال والغريبة.",
            "Amandes blanchies et moulues finement, pour les cornes de gazelle et la ghriba.",
            "Blanched, finely ground almonds, for gazelle horns and ghriba.",
        ),
        variants=[_q("250", "g", "45.00", 60), _q("500", "g", "85.00", 30)],
        labels=("igp",),
    ),
    _product(
        "huile-amande-douce-talouzt",
        "talouzt-ameln",
        "savons-soins",
        name=("زيت اللوز الحلو", "Huile d'amande douce", "Sweet almond oil"),
        description=(
            "يُعصر على البارد من لوز الوادي. زيت تدليك لطيف يناسب أيضًا بشرة الرضع.",
            "Pressée à froid à partir d'amandes de la vallée. Une huile de massage douce, aussi"
            " pour la peau des bébés.",
            "Cold-pressed from the valley's almonds. A gentle massage oil, also for babies' skin.",
        ),
        variants=[_q("100", "ml", "60.00", 40)],
    ),
    # Tazerbit Zemmour (carpets and weaving, Khémisset).
    _product(
        "tapis-zemmour-rouge-laine-tazerbit",
        "tazerbit-zemmour",
        "tapis",
        name=(
            "زربية زمور حمراء من الصوف",
            "Tapis Zemmour rouge en laine",
            "Red Zemmour wool carpet",
        ),
        description=(
            "زربية معقودة يدويًا من صوف غنم مغزول ومصبوغ بالفوّة، بالمعينات المميزة لقبائل زمور."
            " تحتاج نسّاجتان إلى شهر تقريبًا لإنجاز زربية من مترين مربعين.",
            "Tapis noué à la main en laine de mouton filée et teinte à la garance, aux losanges"
            " typiques des Zemmour. Il faut environ un mois à deux tisserandes pour un tapis de"
            " 2 m².",
            "Hand-knotted from spun sheep's wool dyed with madder, with the lozenges typical of"
            " the Zemmour. Two weavers need about a month for a 2 m² carpet.",
        ),
        variants=[
            _p("120 × 180 cm", "2800.00", 2, low_stock_threshold=0),
            _p("160 × 230 cm", "4500.00", 1, low_stock_threshold=0),
        ],
    ),
    _product(
        "kilim-zemmour-tazerbit",
        "tazerbit-zemmour",
        "tapis",
        name=("زربية حنبل زمور", "Kilim Zemmour tissé à plat", "Zemmour flatweave kilim"),
        description=(
            "نسيج مسطح بخطوط حمراء وسوداء وبيضاء، خفيف ويُستعمل من الوجهين. يُفرش على الأرض أو"
            " يُعلَّق على الحائط.",
            "Tissage plat à rayures rouges, noires et blanches, léger et réversible. Il se pose"
            " au sol ou se suspend au mur.",
            "A light, reversible flatweave with red, black and white stripes. Lay it on the floor"
            " or hang it on the wall.",
        ),
        variants=[_p("140 × 200 cm", "2200.00", 3, low_stock_threshold=0)],
    ),
    _product(
        "coussin-kilim-tazerbit",
        "tazerbit-zemmour",
        "artisanat-textile",
        name=("وسادة من الحنبل", "Coussin en kilim", "Kilim cushion"),
        description=(
            "غلاف وسادة منسوج على منسج التعاونية، بسحّاب في الخلف، دون حشو.",
            "Housse de coussin tissée sur le métier de la coopérative, fermeture éclair au dos,"
            " sans garnissage.",
            "A cushion cover woven on the cooperative's loom, zip at the back, without filling.",
        ),
        variants=[_p("45 × 45 cm", "280.00", 12), _p("40 × 60 cm", "320.00", 8)],
    ),
    _product(
        "hanbel-couverture-laine-tazerbit",
        "tazerbit-zemmour",
        "artisanat-textile",
        name=("حنبل غطاء من الصوف", "Hanbel, couverture en laine", "Hanbel wool blanket"),
        description=(
            "غطاء سميك منسوج من الصوف الطبيعي غير المصبوغ باللونين الأبيض والبني، يدفئ في ليالي"
            " الشتاء.",
            "Couverture épaisse tissée en laine naturelle non teinte, blanche et brune. Chaude"
            " pour les nuits d'hiver.",
            "A thick blanket woven from natural, undyed white and brown wool. Warm on winter"
            " nights.",
        ),
        variants=[_p("150 × 250 cm", "1600.00", 4, low_stock_threshold=1)],
    ),
    _product(
        "sac-cabas-kilim-cuir-tazerbit",
        "tazerbit-zemmour",
        "artisanat-textile",
        name=("قفة من الحنبل والجلد", "Sac cabas en kilim et cuir", "Kilim and leather tote bag"),
        description=(
            "قفة من بقايا الحنبل مبطنة بالقطن، بمقابض من الجلد. كل قفة فريدة.",
            "Cabas en chutes de kilim doublé de coton, avec des anses en cuir. Chaque sac est"
            " unique.",
            "A tote made from kilim offcuts, lined with cotton, with leather handles. Every bag"
            " is unique.",
        ),
        variants=[_p("40 × 35 cm", "350.00", 10)],
    ),
    # Tin Ahmar (pottery, Safi).
    _product(
        "tajine-cuisson-terre-cuite-tin-ahmar",
        "tin-ahmar-safi",
        "poterie",
        name=("طاجين الطهي من الطين", "Tajine de cuisson en terre cuite", "Clay cooking tagine"),
        description=(
            "طاجين غير مطلي، مصنوع يدويًا من طين آسفي الأحمر، للطهي على الفحم أو على الغاز مع"
            " موزّع للحرارة. يُنقع ليلة كاملة في الماء قبل استعماله أول مرة.",
            "Tajine non émaillé, tourné à la main dans l'argile rouge de Safi, pour la cuisson"
            " sur le charbon ou sur le gaz avec un diffuseur. À tremper une nuit avant le premier"
            " usage.",
            "An unglazed tagine thrown by hand in Safi red clay, for cooking on charcoal or on gas"
            " with a diffuser. Soak overnight before first use.",
        ),
        variants=[_p("28 cm", "120.00", 20), _p("32 cm", "150.00", 15)],
    ),
    _product(
        "plat-service-peint-main-tin-ahmar",
        "tin-ahmar-safi",
        "poterie",
        name=(
            "طبق تقديم مرسوم يدويًا",
            "Plat de service peint à la main",
            "Hand-painted serving dish",
        ),
        description=(
            "طبق كبير مطلي بزخارف نباتية بالأزرق والأخضر والمغري، يرسمها الصناع بالفرشاة في تلة"
            " الخزافين.",
            "Grand plat émaillé aux motifs floraux bleu, vert et ocre, peint au pinceau par les"
            " artisans de la colline des potiers.",
            "A large glazed dish with blue, green and ochre floral patterns, brush-painted by the"
            " artisans of the potters' hill.",
        ),
        variants=[_p("30 cm", "220.00", 10), _p("40 cm", "380.00", 6)],
    ),
    _product(
        "bols-harira-emailles-tin-ahmar",
        "tin-ahmar-safi",
        "poterie",
        name=(
            "طقم من ست زلافات مطلية للحريرة",
            "Lot de 6 bols à harira émaillés",
            "Set of 6 glazed harira bowls",
        ),
        description=(
            "ست زلافات مطلية بألوان آسفي، للحريرة أو البيصارة أو السلطات. يمكن غسلها في آلة غسل"
            " الأواني.",
            "Six bols émaillés aux couleurs de Safi, pour la harira, la bissara ou les salades."
            " Ils passent au lave-vaisselle.",
            "Six bowls glazed in Safi colours, for harira, bissara or salads. Dishwasher-safe.",
        ),
        variants=[_p("6 × 14 cm", "180.00", 14)],
    ),
    _product(
        "vase-emaille-motifs-bleus-tin-ahmar",
        "tin-ahmar-safi",
        "poterie",
        name=(
            "مزهرية مطلية بزخارف زرقاء",
            "Vase émaillé à motifs bleus",
            "Glazed vase with blue patterns",
        ),
        description=(
            "مزهرية مصنوعة ومرسومة يدويًا، بطلاء أبيض وزخارف بالأزرق الكوبالتي مستوحاة من خزف آسفي"
            " القديم.",
            "Vase tourné et peint à la main, émail blanc et motifs bleu cobalt inspirés des"
            " anciennes faïences de Safi.",
            "A vase thrown and painted by hand, white glaze with cobalt-blue patterns inspired by"
            " old Safi faience.",
        ),
        variants=[_p("30 cm", "260.00", 8), _p("40 cm", "350.00", 5)],
    ),
    _product(
        "jarre-huile-terre-cuite-tin-ahmar",
        "tin-ahmar-safi",
        "poterie",
        name=("خابية الزيت من الطين", "Jarre à huile en terre cuite", "Clay oil jar"),
        description=(
            "خابية مطلية من الداخل، بغطاء، لحفظ زيت الزيتون بعيدًا عن الضوء.",
            "Jarre vernissée à l'intérieur, avec couvercle, pour conserver l'huile d'olive à"
            " l'abri de la lumière.",
            "A jar glazed inside, with a lid, to keep olive oil away from the light.",
        ),
        variants=[_p("5 l", "160.00", 10), _p("10 l", "240.00", 6)],
    ),
    # Flij Saguia (camel-hair weaving, Laâyoune).
    _product(
        "tapis-flij-poil-dromadaire-flij-saguia",
        "flij-saguia",
        "tapis",
        name=(
            "زربية الفليج من وبر الإبل",
            "Tapis en flij de poil de dromadaire",
            "Camel-hair flij rug",
        ),
        description=(
            "أشرطة من الفليج منسوجة على منسج أرضي من وبر الإبل وشعر الماعز، ثم تُخاط ببعضها."
            " زربية متينة جدًا بألوان طبيعية بنية وسوداء.",
            "Bandes de flij tissées sur métier au sol en poil de dromadaire et de chèvre, puis"
            " cousues entre elles. Un tapis très résistant aux couleurs naturelles, brun et noir.",
            "Flij strips woven on a ground loom from camel and goat hair, then sewn together. A"
            " very hard-wearing rug in natural brown and black.",
        ),
        variants=[
            _p("150 × 200 cm", "3800.00", 2, low_stock_threshold=0),
            _p("200 × 300 cm", "5900.00", 1, low_stock_threshold=0),
        ],
    ),
    _product(
        "coussin-flij-cuir-flij-saguia",
        "flij-saguia",
        "artisanat-textile",
        name=(
            "وسادة من الفليج مزينة بالجلد",
            "Coussin en flij garni de cuir",
            "Leather-trimmed flij cushion",
        ),
        description=(
            "غلاف وسادة من الفليج محاط بجلد مصبوغ بالحناء ومطرز بزخارف صحراوية.",
            "Housse en flij bordée de cuir teint au henné et brodé de motifs sahraouis.",
            "A flij cover edged with henna-dyed leather embroidered with Sahrawi patterns.",
        ),
        variants=[_p("40 × 60 cm", "420.00", 8)],
    ),
    _product(
        "sac-flij-cuir-flij-saguia",
        "flij-saguia",
        "artisanat-textile",
        name=("حقيبة من الفليج والجلد", "Sac en flij et cuir", "Flij and leather bag"),
        description=(
            "حقيبة كتف من الفليج بغطاء وحزام من جلد الماعز، متينة وخفيفة.",
            "Sac bandoulière en flij avec rabat et lanière en cuir de chèvre. Solide et léger.",
            "A shoulder bag in flij with a goatskin flap and strap. Sturdy and light.",
        ),
        variants=[_p("30 × 25 cm", "650.00", 6)],
    ),
    _product(
        "natte-sahraouie-jonc-cuir-flij-saguia",
        "flij-saguia",
        "vannerie",
        name=(
            "حصير صحراوي من السمار والجلد",
            "Natte sahraouie en jonc et cuir",
            "Sahrawi rush and leather mat",
        ),
        description=(
            "حصير من أعواد السمار مربوطة بشرائط من الجلد المصبوغ، مثل تلك التي كانت تُفرش في"
            " الخيام.",
            "Natte en tiges de jonc assemblées par des lanières de cuir teint, comme celles qui"
            " couvraient le sol des tentes.",
            "A mat of rush stems bound with dyed leather strips, like those that once covered"
            " the floor of tents.",
        ),
        variants=[_p("120 × 180 cm", "1400.00", 2, low_stock_threshold=0)],
    ),
    _product(
        "pouf-cuir-brode-flij-saguia",
        "flij-saguia",
        "artisanat-textile",
        name=("بوف جلدي مطرز", "Pouf en cuir brodé", "Embroidered leather pouffe"),
        description=(
            "بوف من جلد الماعز مطرز يدويًا، يُسلَّم فارغًا ويُحشى بالأثواب القديمة أو بالقطن.",
            "Pouf en cuir de chèvre brodé à la main, livré vide : à garnir de vieux tissus ou de"
            " coton.",
            "A hand-embroidered goatskin pouffe, delivered empty: stuff it with old fabric or"
            " cotton.",
        ),
        variants=[_p("50 cm", "550.00", 5)],
    ),
    # Henné Ktaoua (henna and spices, Zagora).
    _product(
        "henne-poudre-tamisee-ktaoua",
        "henne-ktaoua",
        "savons-soins",
        name=(
            "حناء كتاوة مطحونة ومغربلة",
            "Henné de Ktaoua en poudre tamisée",
            "Sifted Ktaoua henna powder",
        ),
        description=(
            "أوراق حناء الواحة تُجفف في الظل ثم تُطحن وتُغربل ثلاث مرات. تعطي لونًا أحمر عميقًا"
            " لليدين والشعر.",
            "Feuilles de henné de l'oasis séchées à l'ombre, broyées et tamisées trois fois. Une"
            " couleur rouge profonde sur les mains et les cheveux.",
            "Oasis henna leaves dried in the shade, ground and sifted three times. A deep red"
            " colour on hands and hair.",
        ),
        variants=[_q("100", "g", "25.00", 150), _q("250", "g", "55.00", 80)],
    ),
    _product(
        "feuilles-henne-sechees-ktaoua",
        "henne-ktaoua",
        "savons-soins",
        name=("أوراق الحناء المجففة", "Feuilles de henné séchées", "Dried henna leaves"),
        description=(
            "أوراق كاملة تُدق في المهراز أو تُنقع في الماء لشطف الشعر.",
            "Feuilles entières, à broyer soi-même au mortier ou à infuser pour un rinçage"
            " capillaire.",
            "Whole leaves, to pound in a mortar or steep for a hair rinse.",
        ),
        variants=[_q("250", "g", "40.00", 60)],
    ),
    _product(
        "cumin-vallee-draa-ktaoua",
        "henne-ktaoua",
        "safran-epices",
        name=("كمون وادي درعة", "Cumin de la vallée du Drâa", "Draa valley cumin"),
        description=(
            "بذور كمون تُزرع بين نخيل الوادي، قوية الرائحة. تحتفظ بنكهتها مدة أطول إذا بقيت كاملة.",
            "Graines de cumin cultivées entre les palmiers de la vallée, très parfumées. Entières,"
            " elles gardent leur arôme plus longtemps.",
            "Very fragrant cumin seeds grown between the palm trees of the valley. Whole seeds"
            " keep their aroma longer.",
        ),
        variants=[_q("250", "g", "45.00", 70)],
    ),
    _product(
        "verveine-sechee-ktaoua",
        "henne-ktaoua",
        "herbes-thes",
        name=("اللويزة المجففة", "Verveine séchée", "Dried lemon verbena"),
        description=(
            "أوراق اللويزة تُقطف من بساتين الواحة. تُشرب منقوعة في المساء أو مع الشاي بالنعناع.",
            "Feuilles de verveine citronnée (louiza) cueillies dans les jardins de l'oasis. En"
            " infusion le soir ou avec le thé à la menthe.",
            "Lemon verbena (louiza) leaves picked in the oasis gardens. As an evening infusion or"
            " in mint tea.",
        ),
        variants=[_q("50", "g", "20.00", 90), _q("100", "g", "35.00", 50)],
    ),
    _product(
        "ras-el-hanout-ktaoua",
        "henne-ktaoua",
        "safran-epices",
        name=("رأس الحانوت", "Ras el hanout", "Ras el hanout"),
        description=(
            "خليط من نحو عشرين نوعًا من التوابل وبراعم الورد، يُطحن في التعاونية. للطواجن والمروزية.",
            "Mélange d'une vingtaine d'épices et de boutons de rose, moulu à la coopérative. Pour"
            " les tajines et la mrouzia.",
            "A blend of some twenty spices and rosebuds, ground at the cooperative. For tagines"
            " and mrouzia.",
        ),
        variants=[_q("100", "g", "35.00", 70)],
    ),
    # Cooperatives not verified yet: their products wait as drafts.
    _product(
        "romarin-seche-azir-figuig",
        "azir-figuig",
        "herbes-thes",
        name=(
            "إكليل الجبل المجفف",
            "Romarin séché de l'Oriental",
            "Dried rosemary from the Oriental",
        ),
        description=(
            "إكليل جبل بري يُقطف في الهضاب العليا حول فجيج ويُجفف في الظل. للمنقوعات والمشويات.",
            "Romarin sauvage cueilli sur les hauts plateaux autour de Figuig et séché à l'ombre."
            " Pour les infusions et les grillades.",
            "Wild rosemary picked on the high plateaux around Figuig and dried in the shade. For"
            " infusions and grilled meat.",
        ),
        variants=[_q("100", "g", "25.00", 60)],
    ),
    _product(
        "armoise-blanche-chih-azir-figuig",
        "azir-figuig",
        "herbes-thes",
        name=("الشيح المجفف", "Armoise blanche (chih)", "White wormwood (chih)"),
        description=(
            "بضعة أغصان من الشيح في شاي الشتاء، كما يُقدَّم في الجهة الشرقية.",
            "Quelques brins de chih dans le thé d'hiver, comme on le sert dans l'Oriental.",
            "A few sprigs of chih in winter tea, as it is served in the Oriental.",
        ),
        variants=[_q("50", "g", "20.00", 80)],
    ),
    _product(
        "fromage-lait-chamelle-oued-eddahab",
        "oued-eddahab-lait-chamelle",
        "fromages-laitiers",
        name=("جبن حليب النوق", "Fromage au lait de chamelle", "Camel milk cheese"),
        description=(
            "جبن طري من حليب النوق التي تُربّى حول الداخلة، طعمه لطيف ومملح قليلًا.",
            "Fromage frais au lait des chamelles élevées autour de Dakhla, doux et légèrement"
            " salé.",
            "Fresh cheese from the milk of camels raised around Dakhla, mild and lightly salted.",
        ),
        variants=[_q("250", "g", "90.00", 15)],
    ),
    _product(
        "huile-pepins-figue-barbarie-tafoukt",
        "tafoukt-sidi-ifni",
        "savons-soins",
        name=(
            "زيت بذور التين الشوكي",
            "Huile de pépins de figue de Barbarie",
            "Prickly pear seed oil",
        ),
        description=(
            "زيت ثمين يُعصر على البارد من بذور التين الشوكي المجففة من أيت باعمران. بضع قطرات على"
            " الوجه في المساء.",
            "Huile précieuse pressée à froid à partir des graines séchées du figuier de Barbarie"
            " des Aït Baamrane. Quelques gouttes le soir sur le visage.",
            "A precious oil cold-pressed from the dried seeds of Ait Baamrane prickly pears. A"
            " few drops on the face at night.",
        ),
        variants=[_q("15", "ml", "150.00", 30), _q("30", "ml", "280.00", 20)],
    ),
]


def _check(condition: object, message: str) -> None:
    """Like ``assert`` but also active under ``python -O``."""
    if not condition:
        raise AssertionError(message)


def validate_demo_products() -> None:
    """Check the invariants ``seed_demo`` relies on; raise AssertionError if one fails."""
    import re
    from decimal import Decimal, InvalidOperation

    slug_re = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    onssa_re = re.compile(r"^ONSSA-\d{2}-\d{4}$")
    sentence_end_re = re.compile(r"[.!?؟](?:\s|$)")
    arabic_re = re.compile("[\u0600-\u06ff]")
    cooperatives = {c["slug"]: c for c in COOPERATIVES}
    slugs: set[str] = set()
    published = 0
    for product in PRODUCTS:
        slug = product["slug"]
        where = f"product {slug!r}"
        _check(slug_re.match(slug) and len(slug) <= 100, f"{where}: slug must be kebab-case")
        _check(slug not in slugs, f"{where}: duplicate slug")
        slugs.add(slug)
        cooperative = cooperatives.get(product["cooperative"])
        if cooperative is None:
            raise AssertionError(f"{where}: unknown cooperative")
        if cooperative["status"] == "verified":
            published += 1
        _check(product["category"] in CATEGORY_IS_FOOD, f"{where}: unknown category")
        for field in ("name", "description"):
            texts = product[field]
            _check(set(texts) == {"ar", "fr", "en"}, f"{where}: {field} needs ar, fr, en")
            _check(arabic_re.search(texts["ar"]), f"{where}: {field}[ar] is not in Arabic")
            for lang, text in texts.items():
                _check(text.strip() == text and text, f"{where}: {field}[{lang}] is blank")
        for lang, text in product["description"].items():
            sentences = len(sentence_end_re.findall(text))
            _check(1 <= sentences <= 3, f"{where}: description[{lang}] has {sentences} sentences")
        for lang, text in product["name"].items():
            _check(len(text) <= 200, f"{where}: name[{lang}] too long")
        _check(product["origin_region"] == cooperative["region"], f"{where}: region")
        is_food = CATEGORY_IS_FOOD[product["category"]]
        _check(product["perishable"] == is_food, f"{where}: food is perishable, crafts are not")
        if is_food:
            _check(onssa_re.match(product["onssa_number"]), f"{where}: food needs ONSSA-xx-yyyy")
        else:
            _check(product["onssa_number"] == "", f"{where}: ONSSA number on a non-food product")
        held = {label["kind"] for label in cooperative.get("labels", [])}
        _check(set(product["labels"]) <= held, f"{where}: label the cooperative does not hold")
        variants = product["variants"]
        _check(variants, f"{where}: needs at least one size")
        _check(len({v["label"] for v in variants}) == len(variants), f"{where}: duplicate size")
        for variant in variants:
            try:
                price = Decimal(variant["price"])
                compare = Decimal(variant.get("compare_at_price") or "0")
            except InvalidOperation as exc:
                raise AssertionError(f"{where}: price is not a decimal") from exc
            _check(price > 0 and price == price.quantize(Decimal("0.01")), f"{where}: price")
            _check(not compare or compare > price, f"{where}: compare_at_price <= price")
            _check(isinstance(variant["stock"], int) and variant["stock"] > 0, f"{where}: stock")
            if variant["unit"] == "piece":
                _check(variant["quantity"] is None, f"{where}: pieces have no quantity")
            else:
                quantity = Decimal(variant["quantity"] or "0")
                _check(quantity > 0, f"{where}: sizes by weight or volume need a quantity")
    _check(published >= 60, f"need at least 60 products of verified cooperatives ({published})")
    for sector, (regions, groups) in BENCH_SECTORS.items():
        _check(sector in SECTORS and groups, f"bench sector {sector!r}: unknown or empty")
        _check(all(re.match(r"^MA-(0[1-9]|1[0-2])$", r) for r in regions), f"{sector}: region")
        for group in groups:
            _check(group["category"] in CATEGORY_IS_FOOD, f"{sector}: unknown category")
            _check(group["nouns"] and group["qualifiers"], f"{sector}: empty word list")
            for _label, size, unit, low, high in group["sizes"]:
                _check(0 < low <= high, f"{sector}: price range")
                _check((unit == "piece") == (size is None), f"{sector}: quantity and unit")
    for slug, cooperative in cooperatives.items():
        if cooperative["status"] == "verified":
            _check(
                sum(p["cooperative"] == slug for p in PRODUCTS) >= 3,
                f"cooperative {slug!r}: needs at least 3 demo products",
            )


# Word lists for the large benchmark catalogue (seed_demo --products N): names are put together
# from a noun, a qualifier and the cooperative's city, in French, Arabic and English, so that
# search has realistic, varied text to work on. Within a group, the qualifiers agree with every
# noun (gender in French and Arabic); Arabic has a definite form for nouns in a construct state
# ("عسل الزعتر الحر") and an indefinite one otherwise ("زيت أركان غذائي محمص").


class BenchGroup(TypedDict):
    category: str
    nouns: list[tuple[str, str, str, bool]]  # fr, ar, en, Arabic noun is definite
    qualifiers: list[tuple[str, str, str, str]]  # fr, ar indefinite, ar definite, en
    sizes: list[tuple[str, str | None, Unit, int, int]]  # label, quantity, unit, price range


_ORGANIC = ("bio", "عضوي", "العضوي", "organic")
_TRADITIONAL_M = ("artisanal", "تقليدي", "التقليدي", "traditional")

BENCH_SECTORS: dict[str, tuple[tuple[str, ...], list[BenchGroup]]] = {
    "argan": (
        ("MA-09", "MA-07"),
        [
            {
                "category": "huile-argan-alimentaire",
                "nouns": [
                    ("Huile d'argan alimentaire", "زيت أركان غذائي", "culinary argan oil", False)
                ],
                "qualifiers": [
                    ("torréfiée", "محمص", "المحمص", "roasted"),
                    ("pressée à froid", "معصور على البارد", "المعصور على البارد", "cold-pressed"),
                    ("extra vierge", "بكر ممتاز", "البكر الممتاز", "extra virgin"),
                    ("artisanale", "تقليدي", "التقليدي", "traditional"),
                    _ORGANIC,
                ],
                "sizes": [
                    ("100 ml", "100", "ml", 65, 95),
                    ("250 ml", "250", "ml", 120, 180),
                    ("500 ml", "500", "ml", 230, 340),
                    ("1 l", "1", "l", 420, 620),
                ],
            },
            {
                "category": "huile-argan-cosmetique",
                "nouns": [
                    ("Huile d'argan cosmétique", "زيت أركان تجميلي", "cosmetic argan oil", False),
                    ("Huile d'argan pour cheveux", "زيت أركان للشعر", "argan hair oil", False),
                ],
                "qualifiers": [
                    ("pure", "خالص", "الخالص", "pure"),
                    ("pressée à froid", "معصور على البارد", "المعصور على البارد", "cold-pressed"),
                    ("désodorisée", "منزوع الرائحة", "المنزوع الرائحة", "deodorised"),
                    _ORGANIC,
                ],
                "sizes": [
                    ("30 ml", "30", "ml", 45, 70),
                    ("50 ml", "50", "ml", 70, 100),
                    ("100 ml", "100", "ml", 120, 180),
                ],
            },
            {
                "category": "amlou-pates",
                "nouns": [("Amlou", "أملو", "amlou", False)],
                "qualifiers": [
                    ("aux amandes grillées", "باللوز المحمص", "باللوز المحمص", "roasted almond"),
                    ("au miel", "بالعسل", "بالعسل", "honey"),
                    ("aux cacahuètes", "بالكاوكاو", "بالكاوكاو", "peanut"),
                    ("traditionnel", "تقليدي", "التقليدي", "traditional"),
                ],
                "sizes": [("250 g", "250", "g", 55, 85), ("500 g", "500", "g", 100, 160)],
            },
        ],
    ),
    "saffron": (
        ("MA-09", "MA-08"),
        [
            {
                "category": "safran-epices",
                "nouns": [
                    ("Safran en pistils", "زعفران حر", "saffron threads", False),
                    ("Safran en poudre", "زعفران مطحون", "ground saffron", False),
                ],
                "qualifiers": [
                    ("de catégorie I", "من الصنف الأول", "من الصنف الأول", "grade I"),
                    ("de montagne", "جبلي", "الجبلي", "mountain"),
                    (
                        "de la dernière récolte",
                        "من الجنية الأخيرة",
                        "من الجنية الأخيرة",
                        "new-harvest",
                    ),
                    _ORGANIC,
                ],
                "sizes": [
                    ("1 g", "1", "g", 40, 70),
                    ("2 g", "2", "g", 80, 135),
                    ("5 g", "5", "g", 190, 320),
                ],
            },
            {
                "category": "herbes-thes",
                "nouns": [("Thé vert au safran", "شاي أخضر بالزعفران", "saffron green tea", False)],
                "qualifiers": [
                    ("parfumé", "معطر", "المعطر", "fragrant"),
                    ("à la menthe", "بالنعناع", "بالنعناع", "mint"),
                    _TRADITIONAL_M,
                ],
                "sizes": [("100 g", "100", "g", 35, 60), ("250 g", "250", "g", 80, 130)],
            },
        ],
    ),
    "honey": (
        ("MA-05", "MA-03", "MA-09", "MA-01"),
        [
            {
                "category": "miel",
                "nouns": [
                    ("Miel de thym", "عسل الزعتر", "thyme honey", True),
                    ("Miel d'euphorbe", "عسل الدغموس", "euphorbia honey", True),
                    ("Miel de jujubier", "عسل السدر", "jujube honey", True),
                    ("Miel d'oranger", "عسل زهر البرتقال", "orange blossom honey", True),
                    ("Miel de caroubier", "عسل الخروب", "carob honey", True),
                    ("Miel de lavande", "عسل الخزامى", "lavender honey", True),
                    ("Miel d'eucalyptus", "عسل الكاليبتوس", "eucalyptus honey", True),
                    ("Miel toutes fleurs", "عسل متعدد الأزهار", "wildflower honey", False),
                ],
                "qualifiers": [
                    ("pur", "حر", "الحر", "pure"),
                    ("de montagne", "جبلي", "الجبلي", "mountain"),
                    ("cru", "خام", "الخام", "raw"),
                    _ORGANIC,
                    _TRADITIONAL_M,
                ],
                "sizes": [
                    ("250 g", "250", "g", 60, 130),
                    ("500 g", "500", "g", 100, 250),
                    ("1 kg", "1", "kg", 190, 480),
                ],
            },
        ],
    ),
    "couscous_cereals": (
        ("MA-06", "MA-04", "MA-05"),
        [
            {
                "category": "couscous-cereales",
                "nouns": [
                    ("Couscous de blé dur", "كسكس القمح الصلب", "durum wheat couscous", True),
                    ("Couscous d'orge", "كسكس الشعير", "barley couscous", True),
                    ("Couscous de maïs", "كسكس الذرة", "corn couscous", True),
                    ("Couscous complet", "كسكس القمح الكامل", "wholewheat couscous", True),
                    ("Couscous aux herbes", "كسكس بالأعشاب", "herb couscous", False),
                ],
                "qualifiers": [
                    ("roulé à la main", "مفتول يدويًا", "المفتول يدويًا", "hand-rolled"),
                    ("à grain fin", "رقيق الحبة", "الرقيق الحبة", "fine-grain"),
                    ("à grain moyen", "متوسط الحبة", "المتوسط الحبة", "medium-grain"),
                    ("beldi", "بلدي", "البلدي", "beldi"),
                    ("séché au soleil", "مجفف تحت الشمس", "المجفف تحت الشمس", "sun-dried"),
                ],
                "sizes": [
                    ("1 kg", "1", "kg", 30, 45),
                    ("2 kg", "2", "kg", 58, 88),
                    ("5 kg", "5", "kg", 140, 210),
                ],
            },
        ],
    ),
    "dates": (
        ("MA-08", "MA-02"),
        [
            {
                "category": "dattes-fruits-secs",
                "nouns": [
                    ("Dattes Majhoul", "تمر المجهول", "Majhoul dates", True),
                    ("Dattes Boufeggous", "تمر بوفقوس", "Boufeggous dates", True),
                    ("Dattes Aziza", "تمر عزيزة", "Aziza dates", True),
                    ("Dattes Jihel", "تمر الجيهل", "Jihel dates", True),
                    ("Dattes Bouskri", "تمر بوسكري", "Bouskri dates", True),
                ],
                "qualifiers": [
                    ("extra", "ممتاز", "الممتاز", "extra"),
                    ("charnues", "لحمي", "اللحمي", "fleshy"),
                    (
                        "de la nouvelle récolte",
                        "من الجنية الجديدة",
                        "من الجنية الجديدة",
                        "new-harvest",
                    ),
                    _ORGANIC,
                    ("triées à la main", "مفروز يدويًا", "المفروز يدويًا", "hand-sorted"),
                ],
                "sizes": [
                    ("500 g", "500", "g", 35, 65),
                    ("1 kg", "1", "kg", 60, 120),
                    ("5 kg", "5", "kg", 280, 560),
                ],
            },
        ],
    ),
    "olive_oil": (
        ("MA-03", "MA-01", "MA-07", "MA-05"),
        [
            {
                "category": "huiles",
                "nouns": [
                    (
                        "Huile d'olive vierge extra",
                        "زيت زيتون بكر ممتاز",
                        "extra virgin olive oil",
                        False,
                    ),
                    ("Huile d'olive beldi", "زيت زيتون بلدي", "beldi olive oil", False),
                    ("Huile d'olive Picholine", "زيت زيتون البشولين", "Picholine olive oil", True),
                ],
                "qualifiers": [
                    ("pressée à froid", "معصور على البارد", "المعصور على البارد", "cold-pressed"),
                    ("de récolte précoce", "من الجني المبكر", "من الجني المبكر", "early-harvest"),
                    _ORGANIC,
                    ("fruitée", "فاكهي النكهة", "الفاكهي النكهة", "fruity"),
                    ("artisanale", "تقليدي", "التقليدي", "traditional"),
                ],
                "sizes": [
                    ("500 ml", "500", "ml", 45, 75),
                    ("1 l", "1", "l", 80, 130),
                    ("5 l", "5", "l", 380, 600),
                ],
            },
        ],
    ),
    "herbs_spices": (
        ("MA-02", "MA-08", "MA-07"),
        [
            {
                "category": "herbes-thes",
                "nouns": [
                    ("Thym", "زعتر", "thyme", False),
                    ("Menthe pouliot", "فليو", "pennyroyal", False),
                    ("Armoise (chih)", "شيح", "wormwood (chih)", False),
                    ("Marjolaine", "مرددوش", "marjoram", False),
                    ("Romarin", "إكليل الجبل", "rosemary", True),
                ],
                "qualifiers": [
                    ("sauvage", "بري", "البري", "wild"),
                    _ORGANIC,
                    ("de montagne", "جبلي", "الجبلي", "mountain"),
                    (
                        "de la dernière cueillette",
                        "من القطفة الأخيرة",
                        "من القطفة الأخيرة",
                        "fresh-picked",
                    ),
                ],
                "sizes": [("50 g", "50", "g", 15, 30), ("100 g", "100", "g", 25, 45)],
            },
            {
                "category": "safran-epices",
                "nouns": [
                    ("Cumin", "كمون", "cumin", False),
                    ("Ras el hanout", "رأس الحانوت", "ras el hanout", True),
                    ("Piment doux", "فلفل حلو", "sweet paprika", False),
                    ("Nigelle (sanouj)", "سانوج", "nigella seeds", False),
                ],
                "qualifiers": [
                    _ORGANIC,
                    (
                        "de la nouvelle récolte",
                        "من المحصول الجديد",
                        "من المحصول الجديد",
                        "new-crop",
                    ),
                    ("de qualité supérieure", "من الجودة العالية", "من الجودة العالية", "premium"),
                ],
                "sizes": [("100 g", "100", "g", 20, 45), ("250 g", "250", "g", 40, 90)],
            },
        ],
    ),
    "dairy": (
        ("MA-01", "MA-03", "MA-12", "MA-06"),
        [
            {
                "category": "fromages-laitiers",
                "nouns": [
                    ("Fromage frais de chèvre", "جبن ماعز طري", "fresh goat's cheese", False),
                    ("Fromage de chèvre affiné", "جبن ماعز معتق", "aged goat's cheese", False),
                    ("Fromage au lait de chamelle", "جبن بحليب النوق", "camel milk cheese", False),
                ],
                "qualifiers": [
                    ("fermier", "من الضيعة", "من الضيعة", "farmhouse"),
                    _TRADITIONAL_M,
                    ("aux herbes", "بالأعشاب", "بالأعشاب", "herb"),
                    ("au lait cru", "بالحليب الخام", "بالحليب الخام", "raw-milk"),
                ],
                "sizes": [
                    ("200 g", "200", "g", 35, 60),
                    ("250 g", "250", "g", 40, 75),
                    ("500 g", "500", "g", 80, 140),
                ],
            },
        ],
    ),
    "rose_cosmetics": (
        ("MA-08", "MA-10"),
        [
            {
                "category": "savons-soins",
                "nouns": [
                    ("Eau de rose", "ماء الورد", "rose water", True),
                    ("Crème à la rose", "كريم بالورد", "rose cream", False),
                    (
                        "Huile de figue de Barbarie",
                        "زيت التين الشوكي",
                        "prickly pear seed oil",
                        True,
                    ),
                    ("Lait corporel à l'argan", "حليب للجسم بالأركان", "argan body lotion", False),
                ],
                "qualifiers": [
                    _ORGANIC,
                    ("sans parfum ajouté", "بدون عطر مضاف", "بدون عطر مضاف", "unscented"),
                    ("pour peaux sèches", "للبشرة الجافة", "للبشرة الجافة", "dry-skin"),
                    ("pour peaux sensibles", "للبشرة الحساسة", "للبشرة الحساسة", "sensitive-skin"),
                ],
                "sizes": [
                    ("30 ml", "30", "ml", 40, 90),
                    ("100 ml", "100", "ml", 60, 140),
                    ("250 ml", "250", "ml", 45, 160),
                ],
            },
            {
                "category": "savons-soins",
                "nouns": [
                    ("Savon à la rose", "صابون بالورد", "rose soap", False),
                    ("Savon noir", "صابون بلدي", "black soap", False),
                    ("Savon au ghassoul", "صابون بالغاسول", "ghassoul soap", False),
                ],
                "qualifiers": [
                    _ORGANIC,
                    ("saponifié à froid", "مصنوع على البارد", "المصنوع على البارد", "cold-process"),
                    _TRADITIONAL_M,
                ],
                "sizes": [("100 g", "100", "g", 20, 40), ("200 g", "200", "g", 35, 60)],
            },
        ],
    ),
    "almonds_nuts": (
        ("MA-09", "MA-08"),
        [
            {
                "category": "dattes-fruits-secs",
                "nouns": [
                    ("Amandes beldi", "لوز بلدي", "beldi almonds", False),
                    ("Noix", "جوز", "walnuts", False),
                ],
                "qualifiers": [
                    ("décortiquées", "مقشر", "المقشر", "shelled"),
                    _ORGANIC,
                    (
                        "de la nouvelle récolte",
                        "من المحصول الجديد",
                        "من المحصول الجديد",
                        "new-crop",
                    ),
                    ("cassées à la main", "مكسر يدويًا", "المكسر يدويًا", "hand-cracked"),
                ],
                "sizes": [
                    ("250 g", "250", "g", 35, 55),
                    ("500 g", "500", "g", 60, 95),
                    ("1 kg", "1", "kg", 110, 170),
                ],
            },
            {
                "category": "amlou-pates",
                "nouns": [("Amlou", "أملو", "amlou", False)],
                "qualifiers": [
                    ("aux amandes beldi", "باللوز البلدي", "باللوز البلدي", "beldi almond"),
                    ("aux noix", "بالجوز", "بالجوز", "walnut"),
                    ("traditionnel", "تقليدي", "التقليدي", "traditional"),
                ],
                "sizes": [("250 g", "250", "g", 55, 85), ("500 g", "500", "g", 100, 160)],
            },
        ],
    ),
    "crafts_textiles": (
        ("MA-04", "MA-05", "MA-11", "MA-08", "MA-03"),
        [
            {
                "category": "tapis",
                "nouns": [
                    ("Tapis berbère", "زربية أمازيغية", "Berber carpet", False),
                    ("Tapis Beni Ouarain", "زربية بني وراين", "Beni Ouarain rug", True),
                    ("Tapis Boucherouite", "زربية بوشرويط", "boucherouite rag rug", True),
                    ("Tapis Glaoua", "زربية كلاوة", "Glaoua rug", True),
                ],
                "qualifiers": [
                    ("noué à la main", "معقودة يدويًا", "المعقودة يدويًا", "hand-knotted"),
                    ("en laine naturelle", "من الصوف الطبيعي", "من الصوف الطبيعي", "natural wool"),
                    ("aux motifs traditionnels", "بزخارف تقليدية", "بزخارف تقليدية", "patterned"),
                    ("teint aux plantes", "مصبوغة بالنباتات", "المصبوغة بالنباتات", "plant-dyed"),
                ],
                "sizes": [
                    ("120 × 180 cm", None, "piece", 1500, 3000),
                    ("160 × 230 cm", None, "piece", 2800, 4800),
                    ("200 × 300 cm", None, "piece", 4200, 6000),
                ],
            },
        ],
    ),
    "pottery": (
        ("MA-07", "MA-03", "MA-01"),
        [
            {
                "category": "poterie",
                "nouns": [
                    ("Tajine", "طاجين", "tagine", False),
                    ("Plat de service", "طبق تقديم", "serving dish", False),
                    ("Pichet", "إبريق", "jug", False),
                ],
                "qualifiers": [
                    ("émaillé", "مطلي", "المطلي", "glazed"),
                    ("peint à la main", "مرسوم يدويًا", "المرسوم يدويًا", "hand-painted"),
                    ("en terre cuite", "من الطين", "من الطين", "terracotta"),
                    ("tourné à la main", "مصنوع يدويًا", "المصنوع يدويًا", "hand-thrown"),
                ],
                "sizes": [
                    ("26 cm", None, "piece", 90, 160),
                    ("30 cm", None, "piece", 150, 260),
                    ("35 cm", None, "piece", 200, 380),
                ],
            },
        ],
    ),
}

# Names of the benchmark cooperatives (Latin, Arabic): "Coopérative Tifawine de Taroudant".
BENCH_COOPERATIVE_WORDS: list[tuple[str, str]] = [
    ("Tifawine", "تيفاوين"),
    ("Nour", "نور"),
    ("Al Baraka", "البركة"),
    ("Al Amal", "الأمل"),
    ("Tanmia", "التنمية"),
    ("Al Wafa", "الوفاء"),
    ("Izourane", "إزوران"),
    ("Tamount", "تامونت"),
    ("Assafou", "أسافو"),
    ("Tiwizi", "تويزي"),
    ("Annahda", "النهضة"),
    ("Tilelli", "تيليلي"),
    ("Al Khair", "الخير"),
    ("Tafat", "تافات"),
    ("Al Ikhlass", "الإخلاص"),
    ("Anaruz", "أناروز"),
]

# Second sentences of the benchmark descriptions (fr, ar, en).
BENCH_SENTENCES: list[tuple[str, str, str]] = [
    (
        "Produit et conditionné par les membres de la coopérative.",
        "تُنتجه وتُعبّئه عضوات وأعضاء التعاونية.",
        "Made and packed by the cooperative's members.",
    ),
    (
        "Livré dans un emballage recyclable.",
        "يُسلَّم في تغليف قابل لإعادة التدوير.",
        "Delivered in recyclable packaging.",
    ),
    (
        "Chaque achat soutient directement le revenu des familles du douar.",
        "كل عملية شراء تدعم مباشرة دخل أسر الدوار.",
        "Every purchase directly supports the income of village families.",
    ),
    (
        "Petite production : les quantités sont limitées.",
        "إنتاج صغير والكميات محدودة.",
        "Small-batch production: quantities are limited.",
    ),
    (
        "Préparé selon un savoir-faire transmis de mère en fille.",
        "يُحضَّر وفق مهارة تتوارثها النساء جيلًا بعد جيل.",
        "Made with know-how passed down from mother to daughter.",
    ),
]
