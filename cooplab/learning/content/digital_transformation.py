"""Course content: "Digital transformation for cooperatives" (fr, ar, en).

Plain data, no imports: six modules of text lessons, quizzes and assignments written for
cooperative members on a shared phone (short sentences, concrete steps, DH amounts).
Amounts, rates and names in examples are illustrative; fictional cooperatives only.
"""

COURSE: dict = {
    "slug": "digital-transformation",
    "title": {
        "fr": "La transformation numérique pour les coopératives",
        "ar": "التحول الرقمي للتعاونيات",
        "en": "Digital transformation for cooperatives",
    },
    "summary": {
        "fr": (
            "Un parcours pratique pour vendre en ligne : vendre sur CoopLab, photographier ses "
            "produits, calculer ses prix, gérer le paiement à la livraison et les paiements "
            "numériques, utiliser WhatsApp Business et tenir des registres simples des ventes et "
            "du stock."
        ),
        "ar": (
            "مسار تطبيقي للبيع عبر الإنترنت: البيع على CoopLab، وتصوير المنتجات، وحساب الأثمان، "
            "وتدبير الدفع عند التسليم والأداء الرقمي، واستعمال واتساب للأعمال، ومسك سجلات بسيطة "
            "للمبيعات والمخزون."
        ),
        "en": (
            "A practical path to selling online: selling on CoopLab, photographing products, "
            "pricing, handling cash on delivery and digital payments, using WhatsApp Business and "
            "keeping simple records of sales and stock."
        ),
    },
    "level": "beginner",
    "estimated_minutes": 164,
    "languages": ["fr", "ar", "en"],
    "modules": [
        {
            "title": {
                "fr": "Vendre sur CoopLab",
                "ar": "البيع على CoopLab",
                "en": "Selling on CoopLab",
            },
            "summary": {
                "fr": (
                    "Créer la page de la coopérative, mettre un produit en vente, traiter les "
                    "commandes et comprendre les paiements."
                ),
                "ar": "إنشاء صفحة التعاونية، وعرض منتج للبيع، ومعالجة الطلبات، وفهم طريقة الأداء.",
                "en": (
                    "Create the cooperative's page, list a product, handle orders and understand "
                    "payouts."
                ),
            },
            "lessons": [
                {
                    "kind": "text",
                    "title": {
                        "fr": "Créer la page de votre coopérative",
                        "ar": "إنشاء صفحة تعاونيتكم",
                        "en": "Creating your cooperative's page",
                    },
                    "body": {
                        "fr": (
                            "<p>CoopLab est une place de marché en ligne pour les coopératives "
                            "marocaines. Des clients de Casablanca, de Rabat ou de l'étranger y "
                            "achètent des produits authentiques. Avant de vendre, votre "
                            "coopérative a besoin d'une page. C'est votre vitrine sur Internet.</p>"
                            "<h3>Ce qu'il faut préparer</h3><p>Réunissez ces informations avant de "
                            "commencer. Une seule personne peut tout saisir en 20 minutes "
                            "environ.</p><ol><li><strong>Le nom exact</strong> de la coopérative, "
                            "comme sur le registre.</li><li><strong>Le numéro "
                            "d'inscription</strong> au registre des coopératives.</li><li><strong>"
                            "L'ICE</strong> : 15 chiffres. Il est obligatoire sur les "
                            "factures.</li><li><strong>L'autorisation sanitaire ONSSA</strong> si "
                            "vous vendez des produits alimentaires (huile, miel, couscous, "
                            "dattes…). Son numéro doit aussi figurer sur vos étiquettes.</li><li>"
                            "<strong>Le RIB</strong> du compte bancaire de la coopérative : 24 "
                            "chiffres. C'est sur ce compte que vous recevez votre argent.</li><li>"
                            "<strong>Un numéro de téléphone</strong> qui reçoit les SMS, par "
                            "exemple 06 12 34 56 78.</li><li>Vos <strong>labels</strong> (IGP, "
                            "AOP, bio…) avec le nom du certificateur, le numéro du certificat et "
                            "sa date d'expiration.</li></ol><h3>Raconter votre histoire</h3><p>Les "
                            "clients aiment savoir qui fabrique leurs produits. Écrivez 4 ou 5 "
                            "phrases simples :</p><ul><li>Où se trouve la coopérative : village, "
                            "province, région.</li><li>Depuis quand elle existe, combien de "
                            "membres elle compte, et combien de femmes.</li><li>Ce que vous "
                            "produisez, et comment.</li></ul><blockquote>Exemple : « La "
                            "coopérative Tifawin réunit 24 femmes près de Tiznit. Depuis 2012, "
                            "nous cassons les noix d'argan à la main et nous pressons l'huile dans "
                            "notre atelier. »</blockquote><p>Ajoutez 2 ou 3 photos : l'atelier, "
                            "les membres au travail (seulement avec leur accord), le paysage "
                            "autour de la coopérative.</p><h3>La vérification</h3><p>L'équipe "
                            "CoopLab vérifie vos informations avant de publier la page. S'il "
                            "manque un document, vous recevez un message. Répondez vite : plus "
                            "votre page est complète, plus vite vous pouvez vendre.</p><p><strong>"
                            "Conseil :</strong> gardez une copie de tous ces documents dans un "
                            "dossier en papier, et une photo de chaque document sur le téléphone "
                            "de la coopérative.</p>"
                        ),
                        "ar": (
                            "<p>CoopLab سوق إلكترونية خاصة بالتعاونيات المغربية. يشتري فيها زبائن "
                            "من الدار البيضاء أو الرباط أو من خارج المغرب منتجات أصيلة. قبل البيع، "
                            "تحتاج تعاونيتكم إلى صفحة خاصة بها. هذه الصفحة هي واجهة التعاونية على "
                            "الإنترنت.</p><h3>ما يجب تحضيره</h3><p>اجمعوا هذه المعلومات قبل البدء. "
                            "يكفي شخص واحد لإدخالها كلها في حوالي 20 دقيقة.</p><ol><li><strong>"
                            "الاسم الكامل</strong> للتعاونية كما هو مكتوب في السجل.</li><li>"
                            "<strong>رقم التسجيل</strong> في سجل التعاونيات.</li><li><strong>"
                            "المعرف الموحد للمقاولة (ICE)</strong>: يتكون من 15 رقما، وهو إلزامي "
                            "على الفواتير.</li><li><strong>الترخيص الصحي للمكتب الوطني للسلامة "
                            "الصحية للمنتجات الغذائية (ONSSA)</strong> إذا كنتم تبيعون منتجات "
                            "غذائية (زيت، عسل، كسكس، تمر…). يجب أن يظهر رقمه أيضا على ملصقات "
                            "منتجاتكم.</li><li><strong>رقم الحساب البنكي (RIB)</strong> للتعاونية: "
                            "يتكون من 24 رقما. في هذا الحساب تتوصلون بأموالكم.</li><li><strong>رقم "
                            "هاتف</strong> يستقبل الرسائل القصيرة (SMS)، مثلا 06 12 34 56 78.</li>"
                            "<li><strong>علامات الجودة</strong> (IGP، AOP، بيولوجي…) مع اسم هيئة "
                            "الإشهاد، ورقم الشهادة، وتاريخ انتهاء صلاحيتها.</li></ol><h3>احكوا "
                            "قصتكم</h3><p>يحب الزبائن أن يعرفوا من يصنع منتجاتهم. اكتبوا 4 أو 5 "
                            "جمل بسيطة:</p><ul><li>مكان التعاونية: القرية، والإقليم، والجهة.</li>"
                            "<li>سنة تأسيسها، وعدد أعضائها، وعدد النساء بينهم.</li><li>ما تنتجونه، "
                            "وكيف تنتجونه.</li></ul><blockquote>مثال: «تضم تعاونية تيفاوين 24 "
                            "امرأة قرب تيزنيت. منذ سنة 2012، نكسر حبات الأركان باليد ونعصر الزيت "
                            "في ورشتنا.»</blockquote><p>أضيفوا صورتين أو 3 صور: الورشة، والعضوات "
                            "أثناء العمل (بعد موافقتهن فقط)، والمنظر الطبيعي حول التعاونية.</p><h3>"
                            "التحقق من الصفحة</h3><p>يتحقق فريق CoopLab من معلوماتكم قبل نشر "
                            "الصفحة. إذا نقصت وثيقة، تتوصلون برسالة. أجيبوا بسرعة: كلما اكتملت "
                            "صفحتكم، بدأتم البيع بسرعة أكبر.</p><p><strong>نصيحة:</strong> احتفظوا "
                            "بنسخة من كل هذه الوثائق في ملف ورقي، وبصورة لكل وثيقة في هاتف "
                            "التعاونية.</p>"
                        ),
                        "en": (
                            "<p>CoopLab is an online marketplace for Moroccan cooperatives. "
                            "Customers in Casablanca, Rabat or abroad buy authentic products "
                            "there. Before you sell, your cooperative needs a page. It is your "
                            "shop window on the Internet.</p><h3>What to prepare</h3><p>Gather "
                            "this information first. One person can enter it all in about 20 "
                            "minutes.</p><ol><li><strong>The exact name</strong> of the "
                            "cooperative, as in the register.</li><li><strong>The registration "
                            "number</strong> in the register of cooperatives.</li><li><strong>The "
                            "ICE</strong>: 15 digits. It is mandatory on invoices.</li><li><strong>"
                            "The ONSSA sanitary authorisation</strong> if you sell food (oil, "
                            "honey, couscous, dates…). Its number must also appear on your "
                            "labels.</li><li><strong>The RIB</strong> of the cooperative's bank "
                            "account: 24 digits. Your money is paid into this account.</li><li>"
                            "<strong>A phone number</strong> that receives SMS, for example 06 12 "
                            "34 56 78.</li><li>Your <strong>quality labels</strong> (IGP, AOP, "
                            "organic…) with the certifier's name, the certificate number and its "
                            "expiry date.</li></ol><h3>Tell your story</h3><p>Customers like to "
                            "know who makes their products. Write 4 or 5 simple sentences:</p><ul>"
                            "<li>Where the cooperative is: village, province, region.</li><li>When "
                            "it started, how many members it has, and how many are women.</li><li>"
                            'What you produce, and how.</li></ul><blockquote>Example: "The '
                            "Tifawin cooperative brings together 24 women near Tiznit. Since 2012 "
                            "we crack argan nuts by hand and press the oil in our "
                            'workshop."</blockquote><p>Add 2 or 3 photos: the workshop, members '
                            "at work (only with their consent), the landscape around you.</p><h3>"
                            "Verification</h3><p>The CoopLab team checks your information before "
                            "the page goes online. If a document is missing, you get a message. "
                            "Answer quickly: the more complete your page, the sooner you can "
                            "sell.</p><p><strong>Tip:</strong> keep a copy of all these documents "
                            "in a paper folder, and a photo of each one on the cooperative's "
                            "phone.</p>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Mettre un produit en vente",
                        "ar": "عرض منتج للبيع",
                        "en": "Listing a product",
                    },
                    "body": {
                        "fr": (
                            "<p>Un produit bien présenté se vend mieux. Sur CoopLab, chaque "
                            "produit a une fiche. Voici comment la remplir, étape par étape.</p>"
                            "<ol><li><strong>Le nom.</strong> Court et clair : « Huile d'argan "
                            "alimentaire – 250 ml », pas seulement « Huile ».</li><li><strong>La "
                            "catégorie.</strong> Choisissez la bonne (huiles, miel, épices…). Les "
                            "clients cherchent par catégorie.</li><li><strong>Les photos.</strong> "
                            "Au moins 3 photos nettes, prises à la lumière du jour. Le module 2 "
                            "vous explique comment faire.</li><li><strong>La description.</strong> "
                            "3 à 5 phrases : ce que c'est, comment c'est fait, comment l'utiliser, "
                            "comment le conserver. Indiquez les ingrédients et la date limite pour "
                            "les produits alimentaires.</li><li><strong>Les tailles.</strong> Si "
                            "vous vendez le même produit en plusieurs tailles, créez une variante "
                            "pour chaque taille : 100 ml, 250 ml, 1 litre. Chaque variante a son "
                            "prix et son stock.</li><li><strong>Le prix.</strong> Le prix en DH "
                            "pour le client. Le module 3 vous aide à le calculer.</li><li><strong>"
                            "Le stock.</strong> Le nombre d'unités prêtes à envoyer. Si vous avez "
                            "12 bouteilles, écrivez 12, pas 100.</li><li><strong>Le poids "
                            "emballé.</strong> Il sert à calculer la livraison. Pesez le colis "
                            "prêt, avec le carton.</li><li><strong>Le droit de "
                            "rétractation.</strong> Indiquez s'il s'applique (voir plus bas).</li>"
                            "</ol><h3>Le stock doit être juste</h3><p>Si le stock est faux, un "
                            "client peut commander un produit que vous n'avez plus. Il sera déçu "
                            "et pourra laisser un mauvais avis. Mettez le stock à jour chaque fois "
                            "que vous vendez ailleurs : au souk, sur WhatsApp, à une boutique.</p>"
                            "<h3>Le droit de rétractation (loi 31-08)</h3><p>Pour une vente à "
                            "distance, le client a en général 7 jours pour changer d'avis et "
                            "renvoyer le produit. Mais il y a des exceptions, notamment les "
                            "produits périssables (donc la plupart des aliments) et les produits "
                            "personnalisés. Exemples :</p><ul><li>Un tapis ou une huile d'argan "
                            "cosmétique : le droit de rétractation s'applique en général.</li><li>"
                            "Un produit frais qui s'abîme vite, comme un couscous frais ou un "
                            "fromage de chèvre : en général, il ne s'applique pas.</li><li>Un "
                            "tapis fait sur mesure pour un client : il ne s'applique pas non plus, "
                            "car le produit est personnalisé.</li></ul><p>En cas de doute, "
                            "demandez à l'équipe CoopLab.</p><blockquote>Exemple : la coopérative "
                            "Nahla, près d'Azilal, vend du miel de thym en pots de 250 g et de 500 "
                            "g. Elle crée un seul produit avec 2 variantes, chacune avec son prix "
                            "et son stock.</blockquote><p>Avant de publier, relisez la fiche sur "
                            "l'aperçu, comme si vous étiez le client.</p>"
                        ),
                        "ar": (
                            "<p>المنتج المعروض بشكل جيد يُباع أكثر. في CoopLab، لكل منتج بطاقة "
                            "خاصة به. إليكم طريقة ملئها خطوة بخطوة.</p><ol><li><strong>"
                            "الاسم.</strong> قصير وواضح: «زيت أركان غذائي – 250 مل»، وليس «زيت» "
                            "فقط.</li><li><strong>الصنف.</strong> اختاروا الصنف المناسب (زيوت، "
                            "عسل، توابل…). يبحث الزبائن حسب الصنف.</li><li><strong>الصور.</strong> "
                            "3 صور واضحة على الأقل، ملتقطة في ضوء النهار. تشرح الوحدة 2 طريقة "
                            "ذلك.</li><li><strong>الوصف.</strong> من 3 إلى 5 جمل: ما هو المنتج، "
                            "وكيف يُصنع، وكيف يُستعمل، وكيف يُحفظ. اذكروا المكونات وتاريخ انتهاء "
                            "الصلاحية بالنسبة للمنتجات الغذائية.</li><li><strong>الأحجام.</strong> "
                            "إذا كنتم تبيعون المنتج نفسه بأحجام مختلفة، أنشئوا نوعا لكل حجم: 100 "
                            "مل، 250 مل، 1 لتر. لكل نوع ثمنه ومخزونه.</li><li><strong>"
                            "الثمن.</strong> ثمن البيع للزبون بالدرهم. تساعدكم الوحدة 3 على "
                            "حسابه.</li><li><strong>المخزون.</strong> عدد الوحدات الجاهزة للإرسال. "
                            "إذا كانت لديكم 12 قنينة، اكتبوا 12 وليس 100.</li><li><strong>الوزن مع "
                            "التغليف.</strong> يُستعمل لحساب ثمن التوصيل. زنوا الطرد جاهزا مع "
                            "الكرتون.</li><li><strong>حق التراجع.</strong> بيّنوا هل ينطبق على "
                            "المنتج أم لا (انظروا أسفله).</li></ol><h3>يجب أن يكون المخزون "
                            "صحيحا</h3><p>إذا كان المخزون خاطئا، قد يطلب زبون منتجا لم يعد عندكم. "
                            "سيخيب أمله وقد يترك تقييما سيئا. حدّثوا المخزون كلما بعتم في مكان "
                            "آخر: في السوق الأسبوعي، أو عبر واتساب، أو لمتجر.</p><h3>حق التراجع "
                            "(القانون 31-08)</h3><p>في البيع عن بعد، للزبون عادة 7 أيام ليغير رأيه "
                            "ويعيد المنتج. لكن هناك استثناءات، منها المنتجات القابلة للتلف (أي "
                            "أغلب المواد الغذائية) والمنتجات المصنوعة حسب طلب الزبون. أمثلة:</p>"
                            "<ul><li>زربية أو زيت أركان تجميلي: ينطبق حق التراجع عادة.</li><li>"
                            "منتج طري يفسد بسرعة، مثل الكسكس الطري أو جبن الماعز: لا ينطبق "
                            "عادة.</li><li>زربية مصنوعة حسب طلب زبون معين: لا ينطبق أيضا، لأن "
                            "المنتج مصنوع خصيصا له.</li></ul><p>إذا لم تكونوا متأكدين، اسألوا فريق "
                            "CoopLab.</p><blockquote>مثال: تعاونية نحلة، قرب أزيلال، تبيع عسل "
                            "الزعيترة في علب من 250 غراما و500 غرام. أنشأت منتجا واحدا بنوعين، لكل "
                            "نوع ثمنه ومخزونه.</blockquote><p>قبل النشر، راجعوا البطاقة في "
                            "المعاينة كأنكم الزبون.</p>"
                        ),
                        "en": (
                            "<p>A well-presented product sells better. On CoopLab each product has "
                            "a product sheet. Here is how to fill it in, step by step.</p><ol><li>"
                            '<strong>Name.</strong> Short and clear: "Culinary argan oil – 250 '
                            'ml", not just "Oil".</li><li><strong>Category.</strong> Choose the '
                            "right one (oils, honey, spices…). Customers search by category.</li>"
                            "<li><strong>Photos.</strong> At least 3 sharp photos taken in "
                            "daylight. Module 2 shows you how.</li><li><strong>"
                            "Description.</strong> 3 to 5 sentences: what it is, how it is made, "
                            "how to use it, how to store it. For food, give the ingredients and "
                            "the best-before date.</li><li><strong>Sizes.</strong> If you sell the "
                            "same product in several sizes, create one variant per size: 100 ml, "
                            "250 ml, 1 litre. Each variant has its own price and stock.</li><li>"
                            "<strong>Price.</strong> The price in DH for the customer. Module 3 "
                            "helps you calculate it.</li><li><strong>Stock.</strong> The number of "
                            "units ready to ship. If you have 12 bottles, write 12, not 100.</li>"
                            "<li><strong>Packed weight.</strong> It is used to work out delivery. "
                            "Weigh the parcel ready to go, with the box.</li><li><strong>Right of "
                            "withdrawal.</strong> Say whether it applies (see below).</li></ol><h3>"
                            "Keep the stock right</h3><p>If the stock is wrong, a customer may "
                            "order something you no longer have. They will be disappointed and may "
                            "leave a bad review. Update the stock each time you sell elsewhere: at "
                            "the souk, on WhatsApp, to a shop.</p><h3>Right of withdrawal (law "
                            "31-08)</h3><p>In a distance sale the customer usually has 7 days to "
                            "change their mind and return the product. There are exceptions, "
                            "including perishable goods (so most food) and personalised goods. "
                            "Examples:</p><ul><li>A carpet or cosmetic argan oil: withdrawal "
                            "usually applies.</li><li>A fresh product that spoils quickly, such as "
                            "fresh couscous or goat's cheese: it usually does not.</li><li>A "
                            "carpet made to a customer's own order: it does not apply either, "
                            "because the product is personalised.</li></ul><p>If in doubt, ask the "
                            "CoopLab team.</p><blockquote>Example: the Nahla cooperative near "
                            "Azilal sells thyme honey in 250 g and 500 g jars. It creates one "
                            "product with 2 variants, each with its own price and "
                            "stock.</blockquote><p>Before publishing, check the sheet in the "
                            "preview as if you were the customer.</p>"
                        ),
                    },
                    "minutes": 9,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Recevoir, préparer et expédier une commande",
                        "ar": "استقبال الطلب وتحضيره وإرساله",
                        "en": "Receiving, preparing and shipping an order",
                    },
                    "body": {
                        "fr": (
                            "<p>Quand un client commande, vous recevez un <strong>SMS</strong> sur "
                            "le téléphone de la coopérative. Le SMS donne le numéro de la "
                            "commande. Ouvrez ensuite CoopLab pour voir les détails : produits, "
                            "quantités, adresse et mode de paiement.</p><h3>Les 5 étapes d'une "
                            "commande</h3><ol><li><strong>Confirmer.</strong> Vérifiez que vous "
                            "avez le produit en stock. Confirmez la commande le jour même si "
                            "possible. Si le client paie à la livraison, appelez-le pour vérifier "
                            "l'adresse (voir le module 4).</li><li><strong>Préparer.</strong> "
                            "Prenez le bon produit, la bonne taille, la bonne quantité. Vérifiez "
                            "la date limite et que le bouchon est bien fermé.</li><li><strong>"
                            "Emballer.</strong> Mettez les bouteilles en verre dans du papier ou "
                            "du carton ondulé. Fermez le pot de miel avec un film. Ajoutez un "
                            "petit mot de remerciement : les clients l'apprécient.</li><li><strong>"
                            "Expédier.</strong> Déposez le colis chez le transporteur et gardez le "
                            "reçu.</li><li><strong>Saisir le suivi.</strong> Entrez le numéro de "
                            "suivi et le nom du transporteur dans la commande sur CoopLab. Le "
                            "client peut alors suivre son colis.</li></ol><h3>Quel transporteur "
                            "choisir ?</h3><ul><li><strong>Amana (Poste Maroc)</strong> : pour les "
                            "colis jusqu'à 1 kg. Il y a un bureau de poste dans la plupart des "
                            "villes.</li><li><strong>Pour les colis plus lourds</strong> : CTM "
                            "Messagerie ou un autre transporteur privé.</li></ul><p>Le prix d'un "
                            "envoi est souvent de 20 à 35 DH selon la ville. Demandez le tarif "
                            "exact au guichet et notez-le : vous en aurez besoin pour calculer vos "
                            "prix.</p><h3>Exemple</h3><blockquote>Lundi à 10 h, la coopérative "
                            "Tifawin reçoit un SMS : commande de 2 bouteilles d'huile d'argan de "
                            "250 ml pour une cliente à Fès. Fatima appelle la cliente à 11 h, qui "
                            "confirme son adresse. À 15 h, le colis de 900 g est déposé à Amana à "
                            "Tiznit. Fatima saisit le numéro de suivi sur CoopLab le soir "
                            "même.</blockquote><h3>Les bons réflexes</h3><ul><li>Ne laissez pas "
                            "une commande sans réponse plus d'un jour.</li><li>Si un produit "
                            "manque, prévenez le client tout de suite et proposez une autre taille "
                            "ou un remboursement.</li><li>Photographiez le colis fermé et le reçu "
                            "du transporteur. En cas de problème, vous avez une preuve.</li></ul>"
                        ),
                        "ar": (
                            "<p>عندما يطلب زبون منتجا، تتوصلون <strong>برسالة قصيرة (SMS)</strong> "
                            "على هاتف التعاونية. تحمل الرسالة رقم الطلب. افتحوا بعد ذلك CoopLab "
                            "لرؤية التفاصيل: المنتجات، والكميات، والعنوان، وطريقة الأداء.</p><h3>"
                            "المراحل الخمس للطلب</h3><ol><li><strong>التأكيد.</strong> تأكدوا أن "
                            "المنتج موجود في المخزون. أكدوا الطلب في اليوم نفسه إن أمكن. إذا كان "
                            "الزبون سيدفع عند التسليم، اتصلوا به للتأكد من العنوان (انظروا الوحدة "
                            "4).</li><li><strong>التحضير.</strong> خذوا المنتج الصحيح، والحجم "
                            "الصحيح، والكمية الصحيحة. تأكدوا من تاريخ انتهاء الصلاحية ومن إغلاق "
                            "الغطاء جيدا.</li><li><strong>التغليف.</strong> لفّوا القنينات "
                            "الزجاجية بالورق أو بالكرتون المموج. أغلقوا علبة العسل بغشاء بلاستيكي. "
                            "أضيفوا كلمة شكر صغيرة، فالزبائن يقدّرونها.</li><li><strong>"
                            "الإرسال.</strong> سلّموا الطرد لشركة النقل واحتفظوا بالوصل.</li><li>"
                            "<strong>إدخال رقم التتبع.</strong> أدخلوا رقم التتبع واسم شركة النقل "
                            "في الطلب على CoopLab. هكذا يستطيع الزبون تتبع طرده.</li></ol><h3>أي "
                            "ناقل تختارون؟</h3><ul><li><strong>أمانة (بريد المغرب)</strong>: "
                            "للطرود التي لا يتجاوز وزنها 1 كيلوغرام. يوجد مكتب بريد في أغلب "
                            "المدن.</li><li><strong>للطرود الأثقل</strong>: CTM Messagerie أو شركة "
                            "نقل خاصة أخرى.</li></ul><p>ثمن الإرسال غالبا بين 20 و35 درهما حسب "
                            "المدينة. اسألوا عن الثمن الدقيق في الشباك وسجلوه، فستحتاجونه لحساب "
                            "أثمانكم.</p><h3>مثال</h3><blockquote>يوم الاثنين على الساعة 10، تتوصل "
                            "تعاونية تيفاوين برسالة: طلب قنينتين من زيت الأركان من حجم 250 مل "
                            "لزبونة في فاس. تتصل فاطمة بالزبونة على الساعة 11 فتؤكد عنوانها. على "
                            "الساعة 15، يُسلَّم الطرد (900 غرام) لأمانة في تيزنيت. وفي المساء "
                            "نفسه، تدخل فاطمة رقم التتبع في CoopLab.</blockquote><h3>عادات "
                            "جيدة</h3><ul><li>لا تتركوا طلبا دون جواب أكثر من يوم واحد.</li><li>"
                            "إذا نفد منتج، أخبروا الزبون فورا واقترحوا حجما آخر أو استرجاع "
                            "ماله.</li><li>صوّروا الطرد مغلقا ووصل شركة النقل. إذا وقع مشكل، يكون "
                            "لديكم دليل.</li></ul>"
                        ),
                        "en": (
                            "<p>When a customer orders, you receive an <strong>SMS</strong> on the "
                            "cooperative's phone. The SMS gives the order number. Then open "
                            "CoopLab to see the details: products, quantities, address and payment "
                            "method.</p><h3>The 5 steps of an order</h3><ol><li><strong>"
                            "Confirm.</strong> Check that the product is in stock. Confirm the "
                            "order the same day if you can. If the customer pays on delivery, call "
                            "them to check the address (see module 4).</li><li><strong>"
                            "Prepare.</strong> Take the right product, size and quantity. Check "
                            "the best-before date and that the cap is tight.</li><li><strong>"
                            "Pack.</strong> Wrap glass bottles in paper or corrugated cardboard. "
                            "Seal honey jars with film. Add a short thank-you note: customers like "
                            "it.</li><li><strong>Ship.</strong> Hand the parcel to the carrier and "
                            "keep the receipt.</li><li><strong>Enter the tracking.</strong> Type "
                            "the tracking number and the carrier's name into the order on CoopLab. "
                            "The customer can then follow the parcel.</li></ol><h3>Which "
                            "carrier?</h3><ul><li><strong>Amana (Poste Maroc)</strong>: parcels up "
                            "to 1 kg. There is a post office in most towns.</li><li><strong>"
                            "Heavier parcels</strong>: CTM Messagerie or another private "
                            "carrier.</li></ul><p>Shipping often costs 20 to 35 DH depending on "
                            "the city. Ask for the exact price at the counter and write it down: "
                            "you need it to calculate your prices.</p><h3>Example</h3><blockquote>"
                            "On Monday at 10:00 the Tifawin cooperative gets an SMS: 2 bottles of "
                            "250 ml argan oil for a customer in Fes. Fatima calls the customer at "
                            "11:00, who confirms her address. At 15:00 the 900 g parcel is handed "
                            "in at Amana in Tiznit. That evening Fatima enters the tracking number "
                            "on CoopLab.</blockquote><h3>Good habits</h3><ul><li>Never leave an "
                            "order unanswered for more than a day.</li><li>If a product is "
                            "missing, tell the customer at once and offer another size or a "
                            "refund.</li><li>Photograph the sealed parcel and the carrier's "
                            "receipt. If something goes wrong, you have proof.</li></ul>"
                        ),
                    },
                    "minutes": 9,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Être payé : virements, relevés et commission",
                        "ar": "التوصل بالأموال: التحويلات والكشوفات والعمولة",
                        "en": "Getting paid: transfers, statements and commission",
                    },
                    "body": {
                        "fr": (
                            "<p>Vendre, c'est bien. Savoir quand et combien vous êtes payés, c'est "
                            "indispensable. Sur CoopLab, tout est écrit et vous pouvez tout "
                            "vérifier.</p><h3>Quand êtes-vous payés ?</h3><p>CoopLab paie les "
                            "coopératives <strong>deux fois par mois</strong>, en général le 1er "
                            "et le 16, par <strong>virement bancaire</strong> sur le RIB de la "
                            "coopérative. Le paiement comprend les commandes livrées pendant la "
                            "période précédente.</p><h3>Le relevé</h3><p>À chaque virement, vous "
                            "recevez un <strong>relevé</strong>. C'est la liste de toutes les "
                            "commandes payées. Pour chaque commande, vous voyez :</p><ul><li>le "
                            "numéro et la date de la commande ;</li><li>le montant des produits "
                            "vendus ;</li><li>le mode de paiement du client : carte bancaire ou "
                            "paiement à la livraison ;</li><li>la commission de CoopLab ;</li><li>"
                            "les remboursements éventuels (retour d'un produit, par exemple) ;</li>"
                            "<li>le montant net qui vous est versé.</li></ul><h3>La commission, en "
                            "toute transparence</h3><p>CoopLab garde une commission sur chaque "
                            "vente. Elle sert à faire fonctionner la plateforme : site, paiements, "
                            "formation, assistance. Son taux est écrit dans votre contrat et sur "
                            "chaque relevé. Rien n'est caché.</p><p>Voici un exemple, avec une "
                            "commission de 10 % (utilisez le taux écrit dans <em>votre</em> "
                            "contrat) :</p><table><thead><tr><th>Ligne</th><th>Montant</th></tr>"
                            "</thead><tbody><tr><td>Ventes de la quinzaine (8 commandes)</td><td>1 "
                            "600 DH</td></tr><tr><td>Commission 10 %</td><td>− 160 DH</td></tr><tr>"
                            "<td>Remboursement d'un retour</td><td>− 140 DH</td></tr><tr><td>"
                            "<strong>Virement net</strong></td><td><strong>1 300 DH</strong></td>"
                            "</tr></tbody></table><h3>Vérifier chaque relevé</h3><ol><li>Comparez "
                            "le relevé avec votre cahier des ventes (module 6).</li><li>Vérifiez "
                            "sur votre compte bancaire que le virement est bien arrivé, avec le "
                            "bon montant.</li><li>Si une commande manque ou si un montant est "
                            "faux, écrivez à l'assistance CoopLab en donnant le numéro de la "
                            "commande.</li><li>Présentez les relevés aux membres lors des réunions "
                            ": chacun voit ce que la coopérative a gagné.</li></ol><p><strong>"
                            "Important :</strong> vérifiez que le RIB enregistré est bien celui de "
                            "la coopérative, pas celui d'une personne. En cas de changement de "
                            "banque, mettez-le à jour avant la date de paiement.</p>"
                        ),
                        "ar": (
                            "<p>البيع أمر جيد، لكن معرفة متى وكم تتوصلون به أمر ضروري. في CoopLab، "
                            "كل شيء مكتوب، ويمكنكم التحقق من كل شيء.</p><h3>متى تتوصلون "
                            "بأموالكم؟</h3><p>يؤدي CoopLab للتعاونيات <strong>مرتين في "
                            "الشهر</strong>، عادة في اليوم 1 واليوم 16، عبر <strong>تحويل "
                            "بنكي</strong> إلى حساب التعاونية (RIB). يشمل كل أداء الطلبات التي "
                            "سُلِّمت خلال الفترة السابقة.</p><h3>الكشف</h3><p>مع كل تحويل، تتوصلون "
                            "<strong>بكشف</strong>. هو لائحة بكل الطلبات المؤداة. ترون فيه لكل "
                            "طلب:</p><ul><li>رقم الطلب وتاريخه؛</li><li>مبلغ المنتجات المبيعة؛</li>"
                            "<li>طريقة أداء الزبون: البطاقة البنكية أو الدفع عند التسليم؛</li><li>"
                            "عمولة CoopLab؛</li><li>المبالغ المسترجعة إن وجدت (إرجاع منتج "
                            "مثلا)؛</li><li>المبلغ الصافي الذي يُحوَّل إليكم.</li></ul><h3>العمولة "
                            "بكل شفافية</h3><p>يأخذ CoopLab عمولة على كل عملية بيع. تُستعمل لتشغيل "
                            "المنصة: الموقع، والأداء، والتكوين، والمساعدة. نسبتها مكتوبة في عقدكم "
                            "وفي كل كشف. لا شيء مخفي.</p><p>إليكم مثالا بعمولة 10% (استعملوا "
                            "النسبة المكتوبة في عقدكم <em>أنتم</em>):</p><table><thead><tr><th>"
                            "البند</th><th>المبلغ</th></tr></thead><tbody><tr><td>مبيعات نصف الشهر "
                            "(8 طلبات)</td><td>1600 درهم</td></tr><tr><td>العمولة 10%</td><td>− "
                            "160 درهما</td></tr><tr><td>استرجاع مبلغ منتج مُرجَع</td><td>− 140 "
                            "درهما</td></tr><tr><td><strong>التحويل الصافي</strong></td><td>"
                            "<strong>1300 درهم</strong></td></tr></tbody></table><h3>تحققوا من كل "
                            "كشف</h3><ol><li>قارنوا الكشف بدفتر مبيعاتكم (الوحدة 6).</li><li>"
                            "تأكدوا في حسابكم البنكي أن التحويل وصل بالمبلغ الصحيح.</li><li>إذا "
                            "غاب طلب أو كان مبلغ خاطئا، راسلوا مصلحة المساعدة في CoopLab مع ذكر "
                            "رقم الطلب.</li><li>اعرضوا الكشوفات على الأعضاء في الاجتماعات، ليعرف "
                            "الجميع ما ربحته التعاونية.</li></ol><p><strong>مهم:</strong> تأكدوا "
                            "أن رقم الحساب المسجل هو حساب التعاونية، وليس حساب شخص. إذا غيرتم "
                            "البنك، حدّثوا الرقم قبل تاريخ الأداء.</p>"
                        ),
                        "en": (
                            "<p>Selling is good. Knowing when and how much you are paid is "
                            "essential. On CoopLab everything is written down and you can check it "
                            "all.</p><h3>When are you paid?</h3><p>CoopLab pays cooperatives "
                            "<strong>twice a month</strong>, usually on the 1st and the 16th, by "
                            "<strong>bank transfer</strong> to the cooperative's RIB. Each payment "
                            "covers the orders delivered in the previous period.</p><h3>The "
                            "statement</h3><p>With each transfer you receive a <strong>"
                            "statement</strong>: the list of all paid orders. For each order you "
                            "see:</p><ul><li>the order number and date;</li><li>the amount of "
                            "products sold;</li><li>how the customer paid: bank card or cash on "
                            "delivery;</li><li>CoopLab's commission;</li><li>any refunds (a "
                            "returned product, for example);</li><li>the net amount paid to "
                            "you.</li></ul><h3>Commission, openly</h3><p>CoopLab keeps a "
                            "commission on each sale. It pays for running the platform: website, "
                            "payments, training, support. The rate is written in your contract and "
                            "on every statement. Nothing is hidden.</p><p>An example with a 10% "
                            "commission (use the rate in <em>your</em> contract):</p><table><thead>"
                            "<tr><th>Line</th><th>Amount</th></tr></thead><tbody><tr><td>Sales for "
                            "the fortnight (8 orders)</td><td>1,600 DH</td></tr><tr><td>Commission "
                            "10%</td><td>− 160 DH</td></tr><tr><td>Refund for a return</td><td>− "
                            "140 DH</td></tr><tr><td><strong>Net transfer</strong></td><td><strong>"
                            "1,300 DH</strong></td></tr></tbody></table><h3>Check every "
                            "statement</h3><ol><li>Compare the statement with your sales book "
                            "(module 6).</li><li>Check on your bank account that the transfer "
                            "arrived with the right amount.</li><li>If an order is missing or an "
                            "amount is wrong, write to CoopLab support with the order number.</li>"
                            "<li>Show the statements to members at meetings, so everyone sees what "
                            "the cooperative earned.</li></ol><p><strong>Important:</strong> make "
                            "sure the RIB on file is the cooperative's account, not a person's. If "
                            "you change bank, update it before the payment date.</p>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "quiz",
                    "title": {
                        "fr": "Quiz : vendre sur CoopLab",
                        "ar": "اختبار: البيع على CoopLab",
                        "en": "Quiz: selling on CoopLab",
                    },
                    "pass_mark": 60,
                    "max_attempts": 3,
                    "required": True,
                    "questions": [
                        {
                            "kind": "single",
                            "text": {
                                "fr": "Comment savez-vous qu'un client a passé une commande ?",
                                "ar": "كيف تعرفون أن زبونا قدّم طلبا؟",
                                "en": "How do you know that a customer has placed an order?",
                            },
                            "explanation": {
                                "fr": (
                                    "Chaque nouvelle commande est annoncée par un SMS sur le "
                                    "téléphone de la coopérative. Les détails sont ensuite sur "
                                    "CoopLab."
                                ),
                                "ar": (
                                    "يُعلَن عن كل طلب جديد برسالة قصيرة (SMS) على هاتف التعاونية، "
                                    "ثم توجد التفاصيل على CoopLab."
                                ),
                                "en": (
                                    "Each new order is announced by an SMS on the cooperative's "
                                    "phone. The details are then on CoopLab."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Par un SMS sur le téléphone de la coopérative",
                                        "ar": "برسالة قصيرة على هاتف التعاونية",
                                        "en": "By an SMS on the cooperative's phone",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Par une lettre de la poste",
                                        "ar": "برسالة عبر البريد",
                                        "en": "By a letter from the post office",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Le livreur vient le dire à la coopérative",
                                        "ar": "يأتي عامل التوصيل ليخبر التعاونية",
                                        "en": "The courier comes to tell the cooperative",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Quelles informations faut-il pour chaque taille d'un produit "
                                    "? (plusieurs réponses)"
                                ),
                                "ar": "ما المعلومات اللازمة لكل حجم من أحجام المنتج؟ (عدة أجوبة)",
                                "en": (
                                    "What information is needed for each size of a product? "
                                    "(several answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Chaque variante (100 ml, 250 ml, 1 litre) a son propre prix "
                                    "et son propre stock. Le nom de la coopérative est sur sa "
                                    "page, pas dans la variante."
                                ),
                                "ar": (
                                    "لكل نوع (100 مل، 250 مل، 1 لتر) ثمنه الخاص ومخزونه الخاص. أما "
                                    "اسم التعاونية فيوجد في صفحتها، لا في النوع."
                                ),
                                "en": (
                                    "Each variant (100 ml, 250 ml, 1 litre) has its own price and "
                                    "its own stock. The cooperative's name belongs on its page, "
                                    "not in the variant."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Son prix",
                                        "ar": "ثمنه",
                                        "en": "Its price",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Son stock",
                                        "ar": "مخزونه",
                                        "en": "Its stock",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le RIB de la coopérative",
                                        "ar": "رقم الحساب البنكي للتعاونية",
                                        "en": "The cooperative's RIB",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Il est mieux d'écrire un stock de 100 même si vous n'avez que "
                                    "12 bouteilles, pour recevoir plus de commandes."
                                ),
                                "ar": (
                                    "من الأفضل كتابة مخزون 100 حتى لو لم تكن لديكم إلا 12 قنينة، "
                                    "لتتوصلوا بطلبات أكثر."
                                ),
                                "en": (
                                    "It is better to enter a stock of 100 even if you only have 12 "
                                    "bottles, to get more orders."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Le stock doit être exact. Sinon, des clients commandent "
                                    "des produits que vous n'avez pas et sont déçus."
                                ),
                                "ar": (
                                    "خطأ. يجب أن يكون المخزون دقيقا، وإلا طلب الزبائن منتجات غير "
                                    "موجودة عندكم وخاب أملهم."
                                ),
                                "en": (
                                    "False. Stock must be exact. Otherwise customers order "
                                    "products you do not have and are disappointed."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": True,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": "Quel transporteur utiliser pour un colis de 800 g ?",
                                "ar": "أي ناقل تستعملون لطرد وزنه 800 غرام؟",
                                "en": "Which carrier should you use for an 800 g parcel?",
                            },
                            "explanation": {
                                "fr": (
                                    "Amana (Poste Maroc) transporte les colis jusqu'à 1 kg. "
                                    "Au-delà, on utilise CTM Messagerie ou un transporteur privé."
                                ),
                                "ar": (
                                    "تنقل أمانة (بريد المغرب) الطرود التي لا تتجاوز 1 كيلوغرام. "
                                    "وما فوق ذلك يُرسل عبر CTM Messagerie أو ناقل خاص."
                                ),
                                "en": (
                                    "Amana (Poste Maroc) carries parcels up to 1 kg. Above that, "
                                    "use CTM Messagerie or a private carrier."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Amana (Poste Maroc)",
                                        "ar": "أمانة (بريد المغرب)",
                                        "en": "Amana (Poste Maroc)",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Un camion de marchandises",
                                        "ar": "شاحنة بضائع",
                                        "en": "A goods lorry",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Aucun : le client vient le chercher à la coopérative"
                                        ),
                                        "ar": "لا أحد: يأتي الزبون لأخذه من التعاونية",
                                        "en": "None: the customer collects it at the cooperative",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Que faut-il faire après avoir déposé le colis chez le "
                                    "transporteur ?"
                                ),
                                "ar": "ماذا يجب فعله بعد تسليم الطرد لشركة النقل؟",
                                "en": "What should you do after handing the parcel to the carrier?",
                            },
                            "explanation": {
                                "fr": (
                                    "Le numéro de suivi, saisi sur CoopLab, permet au client de "
                                    "suivre son colis."
                                ),
                                "ar": (
                                    "رقم التتبع، عندما يُدخَل في CoopLab، يسمح للزبون بتتبع طرده."
                                ),
                                "en": (
                                    "The tracking number, entered on CoopLab, lets the customer "
                                    "follow the parcel."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Saisir le numéro de suivi sur CoopLab",
                                        "ar": "إدخال رقم التتبع في CoopLab",
                                        "en": "Enter the tracking number on CoopLab",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Jeter le reçu du transporteur",
                                        "ar": "رمي وصل شركة النقل",
                                        "en": "Throw away the carrier's receipt",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Attendre que le client appelle",
                                        "ar": "انتظار اتصال الزبون",
                                        "en": "Wait for the customer to call",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Que trouvez-vous sur le relevé de paiement ? (plusieurs "
                                    "réponses)"
                                ),
                                "ar": "ماذا تجدون في كشف الأداء؟ (عدة أجوبة)",
                                "en": "What do you find on the payout statement? (several answers)",
                            },
                            "explanation": {
                                "fr": (
                                    "Le relevé liste les commandes, la commission, les "
                                    "remboursements et le montant net. Il ne donne pas les codes "
                                    "de carte des clients : personne ne doit les connaître."
                                ),
                                "ar": (
                                    "يضم الكشف الطلبات والعمولة والمبالغ المسترجعة والمبلغ الصافي. "
                                    "ولا يضم الأرقام السرية لبطاقات الزبائن: لا يجب أن يعرفها أحد."
                                ),
                                "en": (
                                    "The statement lists orders, commission, refunds and the net "
                                    "amount. It never shows customers' card codes: nobody should "
                                    "know them."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "La commission de CoopLab",
                                        "ar": "عمولة CoopLab",
                                        "en": "CoopLab's commission",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le montant net versé",
                                        "ar": "المبلغ الصافي المحوَّل",
                                        "en": "The net amount paid",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Les remboursements",
                                        "ar": "المبالغ المسترجعة",
                                        "en": "Refunds",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le code secret de la carte des clients",
                                        "ar": "الرقم السري لبطاقات الزبائن",
                                        "en": "Customers' card PIN",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "CoopLab paie les coopératives deux fois par mois, par "
                                    "virement sur le RIB de la coopérative."
                                ),
                                "ar": (
                                    "يؤدي CoopLab للتعاونيات مرتين في الشهر، بتحويل إلى الحساب "
                                    "البنكي للتعاونية."
                                ),
                                "en": (
                                    "CoopLab pays cooperatives twice a month, by transfer to the "
                                    "cooperative's RIB."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Vrai. Les paiements sont faits en général le 1er et le 16 du "
                                    "mois, avec un relevé."
                                ),
                                "ar": (
                                    "صحيح. يتم الأداء عادة في اليوم 1 واليوم 16 من الشهر، مع كشف."
                                ),
                                "en": (
                                    "True. Payments are usually made on the 1st and 16th of the "
                                    "month, with a statement."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                    ],
                },
                {
                    "kind": "assignment",
                    "title": {
                        "fr": "Mettez votre premier produit en vente sur CoopLab",
                        "ar": "اعرضوا منتجكم الأول للبيع على CoopLab",
                        "en": "List your first product on CoopLab",
                    },
                    "instructions": {
                        "fr": (
                            "<p>C'est le moment de passer à la pratique. Choisissez <strong>un "
                            "seul produit</strong> que vous vendez bien et que vous avez en "
                            "stock.</p><ol><li>Prenez au moins 3 photos du produit à la lumière du "
                            "jour.</li><li>Ouvrez CoopLab et créez une nouvelle fiche produit.</li>"
                            "<li>Écrivez un nom clair et une description de 3 à 5 phrases.</li><li>"
                            "Ajoutez au moins une taille avec son prix en DH et son stock "
                            "réel.</li><li>Indiquez le poids emballé et si le droit de "
                            "rétractation s'applique.</li><li>Relisez l'aperçu, puis publiez.</li>"
                            "</ol><p>Ce devoir est validé automatiquement dès que votre premier "
                            "produit est publié.</p>"
                        ),
                        "ar": (
                            "<p>حان وقت التطبيق. اختاروا <strong>منتجا واحدا</strong> يُباع جيدا "
                            "وموجودا في مخزونكم.</p><ol><li>التقطوا 3 صور للمنتج على الأقل في ضوء "
                            "النهار.</li><li>افتحوا CoopLab وأنشئوا بطاقة منتج جديدة.</li><li>"
                            "اكتبوا اسما واضحا ووصفا من 3 إلى 5 جمل.</li><li>أضيفوا حجما واحدا على "
                            "الأقل مع ثمنه بالدرهم ومخزونه الحقيقي.</li><li>بيّنوا الوزن مع "
                            "التغليف، وهل ينطبق حق التراجع.</li><li>راجعوا المعاينة، ثم انشروا "
                            "المنتج.</li></ol><p>يُقبل هذا التمرين تلقائيا بمجرد نشر منتجكم "
                            "الأول.</p>"
                        ),
                        "en": (
                            "<p>Time to practise. Choose <strong>one product</strong> that sells "
                            "well and that you have in stock.</p><ol><li>Take at least 3 photos of "
                            "the product in daylight.</li><li>Open CoopLab and create a new "
                            "product sheet.</li><li>Write a clear name and a description of 3 to 5 "
                            "sentences.</li><li>Add at least one size with its price in DH and its "
                            "real stock.</li><li>Give the packed weight and say whether the right "
                            "of withdrawal applies.</li><li>Check the preview, then publish.</li>"
                            "</ol><p>This assignment is accepted automatically as soon as your "
                            "first product is published.</p>"
                        ),
                    },
                    "required": True,
                    "rubric": [
                        {
                            "title": {
                                "fr": (
                                    "Nom clair et description complète (usage, conservation, "
                                    "ingrédients)"
                                ),
                                "ar": "اسم واضح ووصف كامل (الاستعمال، الحفظ، المكونات)",
                                "en": (
                                    "Clear name and complete description (use, storage, "
                                    "ingredients)"
                                ),
                            },
                            "points": 3,
                        },
                        {
                            "title": {
                                "fr": "Au moins 3 photos nettes, à la lumière du jour",
                                "ar": "3 صور واضحة على الأقل في ضوء النهار",
                                "en": "At least 3 sharp daylight photos",
                            },
                            "points": 3,
                        },
                        {
                            "title": {
                                "fr": "Prix en DH et stock réel pour chaque taille",
                                "ar": "ثمن بالدرهم ومخزون حقيقي لكل حجم",
                                "en": "Price in DH and real stock for each size",
                            },
                            "points": 2,
                        },
                        {
                            "title": {
                                "fr": "Poids emballé et droit de rétractation indiqués",
                                "ar": "الوزن مع التغليف وحق التراجع محددان",
                                "en": "Packed weight and right of withdrawal stated",
                            },
                            "points": 2,
                        },
                    ],
                    "auto_accept": "first_product_published",
                },
            ],
        },
        {
            "title": {
                "fr": "Photographier ses produits avec un téléphone",
                "ar": "تصوير المنتجات بالهاتف",
                "en": "Photographing products with a phone",
            },
            "summary": {
                "fr": (
                    "Des photos nettes et fidèles avec un simple téléphone : lumière, fond, "
                    "angles, étiquettes et taille des fichiers."
                ),
                "ar": (
                    "صور واضحة وصادقة بهاتف بسيط: الضوء، والخلفية، والزوايا، والملصقات، وحجم "
                    "الملفات."
                ),
                "en": (
                    "Sharp, faithful photos with a simple phone: light, background, angles, labels "
                    "and file size."
                ),
            },
            "lessons": [
                {
                    "kind": "text",
                    "title": {
                        "fr": "La lumière, le fond et un objectif propre",
                        "ar": "الضوء والخلفية وعدسة نظيفة",
                        "en": "Light, background and a clean lens",
                    },
                    "body": {
                        "fr": (
                            "<p>Sur Internet, le client ne peut pas toucher ni sentir votre "
                            "produit. Il ne voit que la photo. Une bonne photo donne confiance et "
                            "fait vendre. Un téléphone simple suffit, si vous suivez quelques "
                            "règles.</p><h3>1. Utilisez la lumière du jour</h3><ul><li>"
                            "Installez-vous <strong>près d'une fenêtre</strong>, le matin ou "
                            "l'après-midi.</li><li>Évitez le soleil direct : il fait des ombres "
                            "dures et des reflets. Un rideau blanc fin adoucit la lumière.</li><li>"
                            "<strong>N'utilisez pas le flash.</strong> Il écrase les couleurs et "
                            "fait briller le verre.</li><li>Éteignez les lampes jaunes : elles "
                            "changent la couleur de l'huile ou du miel.</li><li>Si un côté du "
                            "produit est trop sombre, placez en face une feuille blanche ou un "
                            "carton blanc. Il renvoie la lumière.</li></ul><h3>2. Choisissez un "
                            "fond propre et simple</h3><ul><li>Un drap blanc, un grand carton "
                            "clair, un mur uni ou une table en bois propre.</li><li>Retirez tout "
                            "ce qui n'est pas le produit : téléphone, sacs, verres, papiers.</li>"
                            "<li>Vous pouvez ajouter <strong>un seul</strong> objet qui raconte le "
                            "produit : quelques noix d'argan à côté de l'huile, une fleur de "
                            "safran à côté du pot. Pas plus.</li></ul><h3>3. Nettoyez "
                            "l'objectif</h3><p>Le téléphone passe de main en main et l'objectif se "
                            "couvre de traces de doigts. La photo devient floue et laiteuse. Avant "
                            "chaque séance, essuyez doucement l'objectif avec un chiffon propre et "
                            "doux, par exemple un tissu en coton.</p><h3>4. Tenez le téléphone "
                            "bien stable</h3><ol><li>Tenez le téléphone à deux mains, les coudes "
                            "contre le corps.</li><li>Ou posez-le sur une pile de livres.</li><li>"
                            "Touchez l'écran sur le produit pour faire la mise au point.</li><li>"
                            "Attendez une seconde, puis prenez la photo.</li></ol><blockquote>"
                            "Exemple : à la coopérative Zaafrane, près de Taliouine, Aicha "
                            "photographie les pots de safran sur une table près de la fenêtre, à "
                            "10 h, sur un carton blanc. Avant, ses photos étaient prises le soir "
                            "avec le flash : on ne voyait pas la couleur rouge du "
                            "safran.</blockquote><p><strong>À retenir :</strong> fenêtre, pas de "
                            "flash, fond simple, objectif propre, téléphone stable.</p>"
                        ),
                        "ar": (
                            "<p>على الإنترنت، لا يستطيع الزبون أن يلمس منتجكم أو يشمه. إنه يرى "
                            "الصورة فقط. الصورة الجيدة تمنح الثقة وتساعد على البيع. يكفي هاتف بسيط "
                            "إذا اتبعتم بعض القواعد.</p><h3>1. استعملوا ضوء النهار</h3><ul><li>"
                            "اجلسوا <strong>قرب نافذة</strong>، في الصباح أو بعد الظهر.</li><li>"
                            "تجنبوا أشعة الشمس المباشرة: فهي تصنع ظلالا قوية ولمعانا. الستار "
                            "الأبيض الرقيق يلطّف الضوء.</li><li><strong>لا تستعملوا "
                            "الفلاش.</strong> فهو يفسد الألوان ويجعل الزجاج يلمع.</li><li>أطفئوا "
                            "المصابيح الصفراء: فهي تغير لون الزيت أو العسل.</li><li>إذا كان جانب "
                            "من المنتج مظلما، ضعوا أمامه ورقة بيضاء أو كرتونا أبيض، فهو يعكس "
                            "الضوء.</li></ul><h3>2. اختاروا خلفية نظيفة وبسيطة</h3><ul><li>ملاءة "
                            "بيضاء، أو كرتون كبير فاتح اللون، أو حائط بلون واحد، أو طاولة خشبية "
                            "نظيفة.</li><li>أبعدوا كل ما ليس هو المنتج: الهاتف، والأكياس، والكؤوس، "
                            "والأوراق.</li><li>يمكنكم إضافة شيء <strong>واحد فقط</strong> يحكي قصة "
                            "المنتج: بعض حبات الأركان قرب الزيت، أو زهرة زعفران قرب العلبة. لا "
                            "أكثر.</li></ul><h3>3. نظفوا العدسة</h3><p>ينتقل الهاتف من يد إلى يد، "
                            "فتمتلئ العدسة ببصمات الأصابع. فتصبح الصورة ضبابية وباهتة. قبل كل "
                            "تصوير، امسحوا العدسة بلطف بقطعة قماش نظيفة وناعمة، مثل قماش من "
                            "القطن.</p><h3>4. ثبّتوا الهاتف جيدا</h3><ol><li>أمسكوا الهاتف بيدين "
                            "اثنتين، والمرفقان ملتصقان بالجسم.</li><li>أو ضعوه فوق كومة من "
                            "الكتب.</li><li>المسوا الشاشة فوق المنتج لضبط التركيز.</li><li>انتظروا "
                            "ثانية واحدة، ثم التقطوا الصورة.</li></ol><blockquote>مثال: في تعاونية "
                            "زعفران قرب تالوين، تصور عائشة علب الزعفران فوق طاولة قرب النافذة، على "
                            "الساعة 10 صباحا، فوق كرتون أبيض. في السابق، كانت تصور في المساء "
                            "بالفلاش، فلم يكن يظهر اللون الأحمر للزعفران.</blockquote><p><strong>"
                            "تذكروا:</strong> نافذة، بدون فلاش، خلفية بسيطة، عدسة نظيفة، هاتف "
                            "ثابت.</p>"
                        ),
                        "en": (
                            "<p>Online, customers cannot touch or smell your product. They only "
                            "see the photo. A good photo builds trust and sells. A simple phone is "
                            "enough if you follow a few rules.</p><h3>1. Use daylight</h3><ul><li>"
                            "Work <strong>near a window</strong>, in the morning or afternoon.</li>"
                            "<li>Avoid direct sun: it makes hard shadows and glare. A thin white "
                            "curtain softens the light.</li><li><strong>Do not use the "
                            "flash.</strong> It flattens colours and makes glass shine.</li><li>"
                            "Switch off yellow lamps: they change the colour of oil or honey.</li>"
                            "<li>If one side is too dark, put a white sheet of paper or white card "
                            "opposite. It reflects light back.</li></ul><h3>2. Choose a clean, "
                            "simple background</h3><ul><li>A white sheet, a large light-coloured "
                            "card, a plain wall or a clean wooden table.</li><li>Remove everything "
                            "that is not the product: phone, bags, glasses, papers.</li><li>You "
                            "may add <strong>one</strong> object that tells the product's story: a "
                            "few argan nuts next to the oil, a saffron flower next to the jar. No "
                            "more.</li></ul><h3>3. Clean the lens</h3><p>The phone passes from "
                            "hand to hand and the lens gets covered in fingerprints. Photos become "
                            "blurred and milky. Before each session, gently wipe the lens with a "
                            "clean, soft cloth, such as cotton.</p><h3>4. Hold the phone "
                            "steady</h3><ol><li>Hold the phone with both hands, elbows against "
                            "your body.</li><li>Or rest it on a pile of books.</li><li>Tap the "
                            "screen on the product to focus.</li><li>Wait one second, then take "
                            "the photo.</li></ol><blockquote>Example: at the Zaafrane cooperative "
                            "near Taliouine, Aicha photographs saffron jars on a table by the "
                            "window at 10:00, on white card. Before, she took photos in the "
                            "evening with the flash, and the red colour of the saffron did not "
                            "show.</blockquote><p><strong>Remember:</strong> window, no flash, "
                            "simple background, clean lens, steady phone.</p>"
                        ),
                    },
                    "minutes": 7,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Angles, échelle, étiquettes et taille des fichiers",
                        "ar": "الزوايا والحجم والملصقات وحجم الملفات",
                        "en": "Angles, scale, labels and file size",
                    },
                    "body": {
                        "fr": (
                            "<p>Une seule photo ne suffit pas. Le client veut voir le produit "
                            "comme s'il le tenait dans la main. Prenez <strong>au moins 3 "
                            "photos</strong>, idéalement 4 ou 5, de chaque produit.</p><h3>Les "
                            "photos à faire</h3><ol><li><strong>De face</strong> : le produit "
                            "entier, bien droit, au centre. C'est la photo principale.</li><li>"
                            "<strong>De trois quarts</strong> : un peu de côté, pour montrer la "
                            "forme et le volume.</li><li><strong>L'étiquette de près</strong> : le "
                            "nom, le poids ou le volume, la date, le numéro ONSSA pour les "
                            "aliments, et le logo du label (IGP, AOP, bio) si vous en avez un. Le "
                            "texte doit être lisible.</li><li><strong>L'échelle</strong> : le "
                            "produit à côté d'un objet connu, ou dans une main. Le client comprend "
                            "la vraie taille. Un pot de 250 g paraît grand sur une photo vide "
                            "!</li><li><strong>Le détail ou l'usage</strong> : la texture du "
                            "couscous, la couleur de l'huile dans une cuillère, le tissage d'un "
                            "tapis.</li></ol><h3>Pas de filtres, des couleurs vraies</h3><p>Les "
                            "filtres et les effets de beauté changent les couleurs. Le client "
                            "reçoit un miel plus foncé ou un tapis d'une autre couleur que sur la "
                            "photo : il est déçu et peut refuser le colis. Montrez le produit "
                            "<strong>tel qu'il est</strong>. Vous pouvez seulement recadrer la "
                            "photo et éclaircir un peu si elle est trop sombre.</p><h3>Une photo "
                            "par variante</h3><p>Si vous vendez 3 tailles, photographiez chaque "
                            "taille. Le client doit voir ce qu'il achète.</p><h3>La taille des "
                            "fichiers</h3><p>Les photos très lourdes mettent longtemps à envoyer "
                            "et consomment votre forfait Internet. Elles sont aussi lentes à "
                            "ouvrir chez le client.</p><ul><li>Une photo d'environ <strong>1 à 2 "
                            "Mo</strong> suffit largement.</li><li>Dans l'appareil photo du "
                            "téléphone, choisissez une taille moyenne si la taille maximale donne "
                            "des fichiers très lourds.</li><li>N'utilisez pas le zoom numérique : "
                            "rapprochez-vous plutôt du produit.</li><li>Envoyez les photos quand "
                            "vous êtes connectés au Wi-Fi, si possible.</li></ul><h3>Organisez vos "
                            "photos</h3><p>Créez un album par produit sur le téléphone, par "
                            "exemple « Miel thym 500 g ». Supprimez les photos floues. Vous "
                            "retrouvez vite la bonne photo pour CoopLab ou WhatsApp.</p>"
                            "<blockquote>Exemple : la coopérative Ayour, à Ouarzazate, vend des "
                            "dattes. Elle a ajouté une photo des dattes dans une main et une photo "
                            "de l'étiquette. Les questions des clients sur la taille des boîtes "
                            "ont presque disparu.</blockquote>"
                        ),
                        "ar": (
                            "<p>صورة واحدة لا تكفي. يريد الزبون أن يرى المنتج كأنه يمسكه بيده. "
                            "التقطوا <strong>3 صور على الأقل</strong> لكل منتج، والأفضل 4 أو 5.</p>"
                            "<h3>الصور التي يجب التقاطها</h3><ol><li><strong>من الأمام</strong>: "
                            "المنتج كاملا، مستقيما، في الوسط. هذه هي الصورة الرئيسية.</li><li>"
                            "<strong>من زاوية جانبية</strong>: من الجانب قليلا، لإظهار الشكل "
                            "والحجم.</li><li><strong>الملصق عن قرب</strong>: الاسم، والوزن أو "
                            "السعة، والتاريخ، ورقم ONSSA بالنسبة للمواد الغذائية، وشعار علامة "
                            "الجودة (IGP، AOP، بيولوجي) إن وُجدت. يجب أن يكون النص مقروءا.</li><li>"
                            "<strong>الحجم الحقيقي</strong>: المنتج بجانب شيء معروف، أو في يد. "
                            "هكذا يفهم الزبون حجمه الحقيقي. علبة من 250 غراما قد تبدو كبيرة في "
                            "صورة فارغة!</li><li><strong>التفاصيل أو الاستعمال</strong>: حبيبات "
                            "الكسكس، لون الزيت في ملعقة، نسج الزربية.</li></ol><h3>بدون فلاتر، "
                            "وبألوان حقيقية</h3><p>الفلاتر ومؤثرات التجميل تغير الألوان. فيتوصل "
                            "الزبون بعسل أغمق أو بزربية بلون مختلف عن الصورة، فيخيب أمله وقد يرفض "
                            "الطرد. أظهروا المنتج <strong>كما هو</strong>. يمكنكم فقط قص الصورة، "
                            "أو زيادة الإضاءة قليلا إذا كانت مظلمة.</p><h3>صورة لكل نوع</h3><p>إذا "
                            "كنتم تبيعون 3 أحجام، صوروا كل حجم. يجب أن يرى الزبون ما يشتريه.</p>"
                            "<h3>حجم الملفات</h3><p>الصور الثقيلة جدا تأخذ وقتا طويلا في الإرسال "
                            "وتستهلك رصيد الإنترنت. كما أنها بطيئة في الفتح عند الزبون.</p><ul><li>"
                            "صورة من حوالي <strong>1 إلى 2 ميغابايت</strong> كافية جدا.</li><li>في "
                            "إعدادات كاميرا الهاتف، اختاروا حجما متوسطا إذا كان الحجم الأقصى يعطي "
                            "ملفات ثقيلة جدا.</li><li>لا تستعملوا التكبير الرقمي (الزوم): اقتربوا "
                            "من المنتج بدلا من ذلك.</li><li>أرسلوا الصور عندما تكونون متصلين بشبكة "
                            "Wi-Fi إن أمكن.</li></ul><h3>نظموا صوركم</h3><p>أنشئوا ألبوما لكل منتج "
                            "في الهاتف، مثلا «عسل الزعيترة 500 غرام». احذفوا الصور غير الواضحة. "
                            "هكذا تجدون بسرعة الصورة المناسبة لـ CoopLab أو لواتساب.</p>"
                            "<blockquote>مثال: تعاونية أيور في ورزازات تبيع التمر. أضافت صورة "
                            "للتمر في يد وصورة للملصق. فاختفت تقريبا أسئلة الزبائن عن حجم "
                            "العلب.</blockquote>"
                        ),
                        "en": (
                            "<p>One photo is not enough. Customers want to see the product as if "
                            "they held it. Take <strong>at least 3 photos</strong> of each "
                            "product, ideally 4 or 5.</p><h3>The photos to take</h3><ol><li>"
                            "<strong>Front</strong>: the whole product, straight, centred. This is "
                            "the main photo.</li><li><strong>Three-quarter view</strong>: a little "
                            "from the side, to show shape and volume.</li><li><strong>Label "
                            "close-up</strong>: name, weight or volume, date, ONSSA number for "
                            "food, and the label logo (IGP, AOP, organic) if you have one. The "
                            "text must be readable.</li><li><strong>Scale</strong>: the product "
                            "next to a familiar object, or in a hand, so customers understand its "
                            "real size. A 250 g jar looks big in an empty photo!</li><li><strong>"
                            "Detail or use</strong>: the grain of couscous, the colour of oil in a "
                            "spoon, the weave of a carpet.</li></ol><h3>No filters, true "
                            "colours</h3><p>Filters and beauty effects change colours. The "
                            "customer receives darker honey or a carpet of a different colour from "
                            "the photo: they are disappointed and may refuse the parcel. Show the "
                            "product <strong>as it is</strong>. You may only crop, and brighten a "
                            "little if the photo is too dark.</p><h3>One photo per variant</h3><p>"
                            "If you sell 3 sizes, photograph each size. Customers must see what "
                            "they buy.</p><h3>File size</h3><p>Very heavy photos take long to send "
                            "and use up your data. They are also slow to open for the customer.</p>"
                            "<ul><li>A photo of about <strong>1 to 2 MB</strong> is plenty.</li>"
                            "<li>In the phone's camera settings, choose a medium size if the "
                            "largest size gives very heavy files.</li><li>Do not use digital zoom: "
                            "move closer to the product instead.</li><li>Send photos over Wi-Fi "
                            "when you can.</li></ul><h3>Organise your photos</h3><p>Make one album "
                            'per product on the phone, for example "Thyme honey 500 g". Delete '
                            "blurred photos. You will quickly find the right photo for CoopLab or "
                            "WhatsApp.</p><blockquote>Example: the Ayour cooperative in Ouarzazate "
                            "sells dates. It added a photo of dates in a hand and a photo of the "
                            "label. Customers' questions about box sizes almost "
                            "stopped.</blockquote>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "quiz",
                    "title": {
                        "fr": "Quiz : photographier ses produits",
                        "ar": "اختبار: تصوير المنتجات",
                        "en": "Quiz: photographing products",
                    },
                    "pass_mark": 60,
                    "max_attempts": 3,
                    "required": True,
                    "questions": [
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Quelle est la meilleure lumière pour photographier un pot de "
                                    "miel ?"
                                ),
                                "ar": "ما أفضل ضوء لتصوير علبة عسل؟",
                                "en": "What is the best light to photograph a jar of honey?",
                            },
                            "explanation": {
                                "fr": (
                                    "La lumière du jour près d'une fenêtre donne des couleurs "
                                    "vraies. Le flash fait briller le verre et la lampe jaune "
                                    "change la couleur."
                                ),
                                "ar": (
                                    "ضوء النهار قرب النافذة يعطي ألوانا حقيقية. أما الفلاش فيجعل "
                                    "الزجاج يلمع، والمصباح الأصفر يغير اللون."
                                ),
                                "en": (
                                    "Daylight near a window gives true colours. Flash makes glass "
                                    "shine and a yellow lamp changes the colour."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "La lumière du jour près d'une fenêtre",
                                        "ar": "ضوء النهار قرب نافذة",
                                        "en": "Daylight near a window",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le flash du téléphone, le soir",
                                        "ar": "فلاش الهاتف في المساء",
                                        "en": "The phone's flash, in the evening",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Une lampe jaune dans la cuisine",
                                        "ar": "مصباح أصفر في المطبخ",
                                        "en": "A yellow lamp in the kitchen",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Quelles photos faut-il prendre pour un produit ? (plusieurs "
                                    "réponses)"
                                ),
                                "ar": "ما الصور التي يجب التقاطها لمنتج ما؟ (عدة أجوبة)",
                                "en": (
                                    "Which photos should you take of a product? (several answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Il faut une photo de face, l'étiquette lisible et une photo "
                                    "qui montre la taille réelle. Une photo avec un filtre change "
                                    "les couleurs : à éviter."
                                ),
                                "ar": (
                                    "يجب التقاط صورة من الأمام، وصورة للملصق مقروءة، وصورة تظهر "
                                    "الحجم الحقيقي. أما الصورة بفلتر فتغير الألوان ويجب تجنبها."
                                ),
                                "en": (
                                    "You need a front photo, a readable label and a photo showing "
                                    "real size. A filtered photo changes colours: avoid it."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Le produit de face",
                                        "ar": "المنتج من الأمام",
                                        "en": "The product from the front",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "L'étiquette de près, lisible",
                                        "ar": "الملصق عن قرب ومقروء",
                                        "en": "The label close up, readable",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le produit dans une main, pour montrer la taille",
                                        "ar": "المنتج في يد لإظهار حجمه",
                                        "en": "The product in a hand, to show size",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Une photo avec un filtre de beauté",
                                        "ar": "صورة بفلتر تجميلي",
                                        "en": "A photo with a beauty filter",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Il faut nettoyer l'objectif du téléphone avant de prendre des "
                                    "photos."
                                ),
                                "ar": "يجب تنظيف عدسة الهاتف قبل التقاط الصور.",
                                "en": "You should clean the phone's lens before taking photos.",
                            },
                            "explanation": {
                                "fr": (
                                    "Vrai. Les traces de doigts rendent la photo floue. Un chiffon "
                                    "doux et propre suffit."
                                ),
                                "ar": (
                                    "صحيح. بصمات الأصابع تجعل الصورة ضبابية. تكفي قطعة قماش ناعمة "
                                    "ونظيفة."
                                ),
                                "en": (
                                    "True. Fingerprints make the photo blurred. A soft, clean "
                                    "cloth is enough."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Un filtre qui rend le miel plus doré est une bonne idée pour "
                                    "vendre plus."
                                ),
                                "ar": "الفلتر الذي يجعل العسل أكثر ذهبية فكرة جيدة لبيع المزيد.",
                                "en": (
                                    "A filter that makes honey look more golden is a good idea to "
                                    "sell more."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Si le produit reçu ne ressemble pas à la photo, le "
                                    "client est déçu et peut refuser le colis."
                                ),
                                "ar": (
                                    "خطأ. إذا لم يشبه المنتجُ الصورةَ، يخيب أمل الزبون وقد يرفض "
                                    "الطرد."
                                ),
                                "en": (
                                    "False. If the product received does not look like the photo, "
                                    "the customer is disappointed and may refuse the parcel."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": True,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": "Quelle taille de fichier suffit pour une photo de produit ?",
                                "ar": "ما حجم الملف الكافي لصورة منتج؟",
                                "en": "What file size is enough for a product photo?",
                            },
                            "explanation": {
                                "fr": (
                                    "Environ 1 à 2 Mo suffit. Les fichiers très lourds consomment "
                                    "le forfait et s'ouvrent lentement."
                                ),
                                "ar": (
                                    "حوالي 1 إلى 2 ميغابايت كاف. الملفات الثقيلة جدا تستهلك الرصيد "
                                    "وتُفتح ببطء."
                                ),
                                "en": (
                                    "About 1 to 2 MB is enough. Very heavy files use up data and "
                                    "open slowly."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Environ 1 à 2 Mo",
                                        "ar": "حوالي 1 إلى 2 ميغابايت",
                                        "en": "About 1 to 2 MB",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le plus lourd possible, 50 Mo ou plus",
                                        "ar": "أثقل ما يمكن، 50 ميغابايت أو أكثر",
                                        "en": "As heavy as possible, 50 MB or more",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "La taille n'a aucune importance",
                                        "ar": "الحجم لا أهمية له",
                                        "en": "Size does not matter at all",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Le produit paraît trop petit sur la photo. Que faites-vous ?"
                                ),
                                "ar": "المنتج يظهر صغيرا في الصورة. ماذا تفعلون؟",
                                "en": "The product looks too small in your photo. What do you do?",
                            },
                            "explanation": {
                                "fr": (
                                    "Le zoom numérique rend la photo floue. Il vaut mieux se "
                                    "rapprocher du produit."
                                ),
                                "ar": (
                                    "التكبير الرقمي يجعل الصورة ضبابية. الأفضل الاقتراب من المنتج."
                                ),
                                "en": (
                                    "Digital zoom makes the photo blurred. It is better to move "
                                    "closer to the product."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Je me rapproche du produit",
                                        "ar": "أقترب من المنتج",
                                        "en": "I move closer to the product",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "J'utilise le zoom numérique au maximum",
                                        "ar": "أستعمل التكبير الرقمي إلى أقصى حد",
                                        "en": "I use maximum digital zoom",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "J'allume le flash",
                                        "ar": "أشغل الفلاش",
                                        "en": "I switch on the flash",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                    ],
                },
                {
                    "kind": "assignment",
                    "title": {
                        "fr": "Envoyez 3 photos d'un produit",
                        "ar": "أرسلوا 3 صور لمنتج واحد",
                        "en": "Send 3 photos of one product",
                    },
                    "instructions": {
                        "fr": (
                            "<p>Choisissez un produit de votre coopérative. En suivant les "
                            "conseils de ce module, prenez et envoyez <strong>3 photos</strong> "
                            ":</p><ol><li>le produit de face, sur un fond simple ;</li><li>"
                            "l'étiquette de près, lisible ;</li><li>le produit dans une main ou à "
                            "côté d'un objet connu, pour montrer la taille.</li></ol><p>Prenez les "
                            "photos à la lumière du jour, sans flash ni filtre. Un formateur "
                            "regardera vos photos et vous donnera des conseils.</p>"
                        ),
                        "ar": (
                            "<p>اختاروا منتجا من منتجات تعاونيتكم. باتباع نصائح هذه الوحدة، "
                            "التقطوا وأرسلوا <strong>3 صور</strong>:</p><ol><li>المنتج من الأمام "
                            "فوق خلفية بسيطة؛</li><li>الملصق عن قرب، ومقروءا؛</li><li>المنتج في يد "
                            "أو بجانب شيء معروف، لإظهار حجمه.</li></ol><p>التقطوا الصور في ضوء "
                            "النهار، بدون فلاش ولا فلتر. سيطلع مكوّن على صوركم ويقدم لكم نصائح.</p>"
                        ),
                        "en": (
                            "<p>Choose one of your cooperative's products. Following this module's "
                            "advice, take and send <strong>3 photos</strong>:</p><ol><li>the "
                            "product from the front, on a simple background;</li><li>the label "
                            "close up, readable;</li><li>the product in a hand or next to a "
                            "familiar object, to show its size.</li></ol><p>Take the photos in "
                            "daylight, with no flash and no filter. A trainer will look at your "
                            "photos and give you advice.</p>"
                        ),
                    },
                    "required": True,
                    "rubric": [
                        {
                            "title": {
                                "fr": "Lumière naturelle, sans flash ni filtre",
                                "ar": "ضوء طبيعي بدون فلاش ولا فلتر",
                                "en": "Natural light, no flash or filter",
                            },
                            "points": 3,
                        },
                        {
                            "title": {
                                "fr": "Fond propre et simple",
                                "ar": "خلفية نظيفة وبسيطة",
                                "en": "Clean, simple background",
                            },
                            "points": 2,
                        },
                        {
                            "title": {
                                "fr": "Photo nette, étiquette lisible",
                                "ar": "صورة واضحة وملصق مقروء",
                                "en": "Sharp photo, readable label",
                            },
                            "points": 3,
                        },
                        {
                            "title": {
                                "fr": "La taille réelle du produit est compréhensible",
                                "ar": "الحجم الحقيقي للمنتج مفهوم",
                                "en": "The product's real size is clear",
                            },
                            "points": 2,
                        },
                    ],
                    "auto_accept": None,
                },
            ],
        },
        {
            "title": {
                "fr": "Coûts et prix",
                "ar": "التكاليف والأثمان",
                "en": "Costs and prices",
            },
            "summary": {
                "fr": (
                    "Calculer le coût de revient, ajouter une marge et la commission, et garder "
                    "des prix cohérents partout."
                ),
                "ar": (
                    "حساب ثمن التكلفة، وإضافة هامش الربح والعمولة، والحفاظ على أثمان موحدة في كل "
                    "مكان."
                ),
                "en": (
                    "Work out unit cost, add a margin and the commission, and keep prices "
                    "consistent everywhere."
                ),
            },
            "lessons": [
                {
                    "kind": "text",
                    "title": {
                        "fr": "Connaître tous ses coûts",
                        "ar": "معرفة كل التكاليف",
                        "en": "Knowing all your costs",
                    },
                    "body": {
                        "fr": (
                            "<p>Beaucoup de coopératives fixent leurs prix « comme les voisins ». "
                            "C'est risqué : si votre prix est plus bas que vos coûts, chaque vente "
                            "vous fait <strong>perdre</strong> de l'argent, même si vous vendez "
                            "beaucoup. Pour fixer un bon prix, il faut d'abord connaître tous les "
                            "coûts d'un produit.</p><h3>Les 6 familles de coûts</h3><ol><li>"
                            "<strong>Les matières premières</strong> : amandons d'argan, blé, "
                            "olives, miel acheté à un apiculteur, laine…</li><li><strong>"
                            "L'emballage</strong> : bouteille, bouchon, étiquette, boîte, carton "
                            "d'expédition, papier de protection.</li><li><strong>Le "
                            "travail</strong> : les heures des membres. C'est le coût le plus "
                            "souvent oublié. Le travail des femmes qui concassent l'argan ou "
                            "roulent le couscous a une valeur. Décidez ensemble du prix d'une "
                            "heure, par exemple 15 DH, et comptez les heures.</li><li><strong>Les "
                            "frais généraux</strong> : électricité, eau, entretien de la presse, "
                            "loyer de l'atelier, crédit téléphonique. Divisez le total du mois par "
                            "le nombre de produits fabriqués.</li><li><strong>La livraison</strong>"
                            " : le prix du colis (souvent 20 à 35 DH), plus le trajet jusqu'au "
                            "bureau de poste. Si un taxi coûte 20 DH aller-retour et que vous "
                            "déposez 5 colis, cela fait 4 DH par colis.</li><li><strong>La "
                            "commission</strong> de la plateforme de vente, par exemple 10 % du "
                            "prix de vente sur CoopLab (voir votre contrat).</li></ol><h3>"
                            "N'oubliez pas les pertes</h3><p>Une bouteille cassée, un pot abîmé, "
                            "un colis refusé et renvoyé : ce sont aussi des coûts. Si 1 bouteille "
                            "sur 20 se casse, ajoutez une petite part de ce coût sur chaque "
                            "bouteille.</p><h3>Comment faire en pratique</h3><ol><li>Prenez un "
                            "cahier ou un tableau sur le téléphone.</li><li>Choisissez un produit, "
                            "par exemple « couscous d'orge, 1 kg ».</li><li>Écrivez chaque coût "
                            "sur une ligne, en DH, pour <strong>une seule unité</strong>.</li><li>"
                            "Faites le total. C'est votre <strong>coût de revient</strong>.</li>"
                            "<li>Recommencez pour chaque produit et chaque taille.</li></ol>"
                            "<blockquote>Exemple : la coopérative Tamount, près de Khénifra, "
                            "vendait son couscous d'orge à 30 DH le kilo. En comptant les heures "
                            "de roulage, elle a trouvé un coût de revient de 33 DH. Elle perdait 3 "
                            "DH sur chaque kilo ! Elle vend maintenant à 42 DH, avec une "
                            "explication sur le travail à la main. Les clients ont "
                            "accepté.</blockquote><p><strong>À retenir :</strong> le travail des "
                            "membres est un vrai coût. Un prix qui ne le paie pas n'est pas un bon "
                            "prix.</p>"
                        ),
                        "ar": (
                            "<p>كثير من التعاونيات تحدد أثمانها «مثل الجيران». هذا أمر خطير: إذا "
                            "كان ثمنكم أقل من تكاليفكم، فإن كل عملية بيع <strong>تُفقدكم</strong> "
                            "المال، حتى لو بعتم كثيرا. لتحديد ثمن جيد، يجب أولا معرفة كل تكاليف "
                            "المنتج.</p><h3>الأصناف الستة للتكاليف</h3><ol><li><strong>المواد "
                            "الأولية</strong>: لوز الأركان، القمح، الزيتون، العسل المشترى من "
                            "نحّال، الصوف…</li><li><strong>التغليف</strong>: القنينة، والغطاء، "
                            "والملصق، والعلبة، وكرتون الإرسال، وورق الحماية.</li><li><strong>"
                            "العمل</strong>: ساعات عمل الأعضاء. هذه هي التكلفة التي تُنسى أكثر. "
                            "لعمل النساء اللواتي يكسرن الأركان أو يفتلن الكسكس قيمة. اتفقوا معا "
                            "على ثمن الساعة، مثلا 15 درهما، واحسبوا الساعات.</li><li><strong>"
                            "المصاريف العامة</strong>: الكهرباء، والماء، وصيانة المعصرة، وكراء "
                            "الورشة، ورصيد الهاتف. اقسموا مجموع الشهر على عدد المنتجات "
                            "المصنوعة.</li><li><strong>التوصيل</strong>: ثمن الطرد (غالبا بين 20 "
                            "و35 درهما)، زائد التنقل إلى مكتب البريد. إذا كان الطاكسي يكلف 20 "
                            "درهما ذهابا وإيابا وتسلمون 5 طرود، فهذا يعني 4 دراهم لكل طرد.</li><li>"
                            "<strong>العمولة</strong> التي تأخذها منصة البيع، مثلا 10% من ثمن "
                            "البيع على CoopLab (انظروا عقدكم).</li></ol><h3>لا تنسوا الخسائر</h3>"
                            "<p>قنينة مكسورة، أو علبة متضررة، أو طرد مرفوض ومُرجَع: هذه أيضا "
                            "تكاليف. إذا انكسرت قنينة واحدة من كل 20، أضيفوا جزءا صغيرا من هذه "
                            "التكلفة على كل قنينة.</p><h3>كيف تفعلون ذلك عمليا</h3><ol><li>خذوا "
                            "دفترا أو جدولا في الهاتف.</li><li>اختاروا منتجا، مثلا «كسكس الشعير، 1 "
                            "كيلوغرام».</li><li>اكتبوا كل تكلفة في سطر، بالدرهم، <strong>لوحدة "
                            "واحدة فقط</strong>.</li><li>اجمعوا. هذا هو <strong>ثمن "
                            "التكلفة</strong>.</li><li>أعيدوا العملية لكل منتج ولكل حجم.</li></ol>"
                            "<blockquote>مثال: كانت تعاونية تامونت، قرب خنيفرة، تبيع كسكس الشعير "
                            "بـ 30 درهما للكيلوغرام. عندما حسبت ساعات الفتل، وجدت أن ثمن التكلفة "
                            "33 درهما. كانت تخسر 3 دراهم في كل كيلوغرام! أصبحت تبيعه الآن بـ 42 "
                            "درهما، مع شرح للعمل اليدوي. وقَبِل الزبائن ذلك.</blockquote><p>"
                            "<strong>تذكروا:</strong> عمل الأعضاء تكلفة حقيقية. الثمن الذي لا يؤدي "
                            "قيمة هذا العمل ليس ثمنا جيدا.</p>"
                        ),
                        "en": (
                            '<p>Many cooperatives set their prices "like the neighbours". That '
                            "is risky: if your price is below your costs, every sale <strong>"
                            "loses</strong> money, even if you sell a lot. To set a good price, "
                            "first know all the costs of a product.</p><h3>The 6 families of "
                            "costs</h3><ol><li><strong>Raw materials</strong>: argan kernels, "
                            "wheat, olives, honey bought from a beekeeper, wool…</li><li><strong>"
                            "Packaging</strong>: bottle, cap, label, box, shipping carton, "
                            "protective paper.</li><li><strong>Labour</strong>: members' hours. "
                            "This is the cost most often forgotten. The work of the women who "
                            "crack argan or roll couscous has value. Agree together on the value "
                            "of an hour, for example 15 DH, and count the hours.</li><li><strong>"
                            "Overheads</strong>: electricity, water, press maintenance, workshop "
                            "rent, phone credit. Divide the month's total by the number of "
                            "products made.</li><li><strong>Delivery</strong>: the parcel price "
                            "(often 20 to 35 DH) plus the trip to the post office. If a taxi costs "
                            "20 DH return and you drop off 5 parcels, that is 4 DH per parcel.</li>"
                            "<li><strong>Commission</strong> of the sales platform, for example "
                            "10% of the selling price on CoopLab (see your contract).</li></ol><h3>"
                            "Do not forget losses</h3><p>A broken bottle, a damaged jar, a refused "
                            "parcel sent back: these are costs too. If 1 bottle in 20 breaks, add "
                            "a small share of that cost to every bottle.</p><h3>How to do it</h3>"
                            "<ol><li>Take a notebook or a table on the phone.</li><li>Choose a "
                            'product, for example "barley couscous, 1 kg".</li><li>Write each '
                            "cost on a line, in DH, for <strong>one unit</strong>.</li><li>Add "
                            "them up. This is your <strong>unit cost</strong>.</li><li>Repeat for "
                            "each product and size.</li></ol><blockquote>Example: the Tamount "
                            "cooperative near Khenifra sold its barley couscous at 30 DH a kilo. "
                            "Counting the hours of rolling, it found a unit cost of 33 DH. It lost "
                            "3 DH on every kilo! It now sells at 42 DH, explaining the handwork. "
                            "Customers accepted.</blockquote><p><strong>Remember:</strong> "
                            "members' work is a real cost. A price that does not pay for it is not "
                            "a good price.</p>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Exemple chiffré : l'huile d'argan 250 ml",
                        "ar": "مثال بالأرقام: زيت الأركان 250 مل",
                        "en": "Worked example: 250 ml of argan oil",
                    },
                    "body": {
                        "fr": (
                            "<p>Suivons la coopérative Tifawin, près de Tiznit, qui calcule le "
                            "prix d'une bouteille d'huile d'argan alimentaire de 250 ml. Les "
                            "chiffres sont des exemples : utilisez les vôtres.</p><h3>Étape 1 : le "
                            "coût de revient d'une bouteille</h3><table><thead><tr><th>Coût</th>"
                            "<th>Montant</th></tr></thead><tbody><tr><td>Amandons d'argan pour 250 "
                            "ml</td><td>70 DH</td></tr><tr><td>Bouteille en verre, bouchon, "
                            "étiquette</td><td>12 DH</td></tr><tr><td>Carton et papier "
                            "d'expédition</td><td>3 DH</td></tr><tr><td>Travail : 2 heures × 15 "
                            "DH</td><td>30 DH</td></tr><tr><td>Frais généraux (électricité, "
                            "presse, eau)</td><td>5 DH</td></tr><tr><td><strong>Coût de "
                            "revient</strong></td><td><strong>120 DH</strong></td></tr></tbody>"
                            "</table><h3>Étape 2 : ajouter la marge</h3><p>La marge, c'est ce qui "
                            "reste à la coopérative pour épargner, investir et partager entre les "
                            "membres. Les membres de Tifawin choisissent une marge de 20 % du coût "
                            ":</p><p>120 DH × 20 % = 24 DH. Donc 120 + 24 = <strong>144 DH</strong>"
                            ". C'est ce que la coopérative veut recevoir par bouteille.</p><h3>"
                            "Étape 3 : tenir compte de la commission</h3><p>La commission est "
                            "calculée sur le prix de vente. Avec une commission de 10 %, la "
                            "coopérative reçoit 90 % du prix. On divise donc par 0,9 :</p><p>144 ÷ "
                            "0,9 = <strong>160 DH</strong>. C'est le prix de vente sur CoopLab.</p>"
                            "<h3>Étape 4 : vérifier</h3><ul><li>Commission : 160 × 10 % = 16 "
                            "DH.</li><li>Reçu par la coopérative : 160 − 16 = 144 DH.</li><li>"
                            "Moins le coût de revient : 144 − 120 = 24 DH de marge. C'est juste "
                            "!</li></ul><h3>Et la livraison ?</h3><p>Sur CoopLab, les frais de "
                            "livraison sont montrés au client avant qu'il confirme la commande. "
                            "Par exemple : 160 DH + 30 DH de livraison = 190 DH au total. Si vous "
                            "voulez offrir la livraison, vous devez ajouter son coût dans le prix "
                            "du produit.</p><h3>Étape 5 : comparer</h3><p>Regardez les prix "
                            "d'huiles comparables. Si votre prix est beaucoup plus haut, expliquez "
                            "ce qui le justifie : label IGP Argane, pressage à froid, travail des "
                            "femmes. S'il est beaucoup plus bas, vérifiez que vous n'avez oublié "
                            "aucun coût.</p><p><strong>À retenir :</strong> coût de revient + "
                            "marge, puis diviser par (1 − taux de commission).</p>"
                        ),
                        "ar": (
                            "<p>لنتابع تعاونية تيفاوين، قرب تيزنيت، وهي تحسب ثمن قنينة زيت أركان "
                            "غذائي من 250 مل. الأرقام أمثلة فقط: استعملوا أرقامكم.</p><h3>الخطوة "
                            "1: ثمن تكلفة القنينة الواحدة</h3><table><thead><tr><th>التكلفة</th>"
                            "<th>المبلغ</th></tr></thead><tbody><tr><td>لوز الأركان لـ 250 مل</td>"
                            "<td>70 درهما</td></tr><tr><td>قنينة زجاجية، وغطاء، وملصق</td><td>12 "
                            "درهما</td></tr><tr><td>كرتون وورق الإرسال</td><td>3 دراهم</td></tr>"
                            "<tr><td>العمل: ساعتان × 15 درهما</td><td>30 درهما</td></tr><tr><td>"
                            "المصاريف العامة (كهرباء، معصرة، ماء)</td><td>5 دراهم</td></tr><tr><td>"
                            "<strong>ثمن التكلفة</strong></td><td><strong>120 درهما</strong></td>"
                            "</tr></tbody></table><h3>الخطوة 2: إضافة هامش الربح</h3><p>هامش الربح "
                            "هو ما يبقى للتعاونية لتدخر وتستثمر وتوزع على الأعضاء. اختارت عضوات "
                            "تيفاوين هامشا قدره 20% من التكلفة:</p><p>120 درهما × 20% = 24 درهما. "
                            "إذن 120 + 24 = <strong>144 درهما</strong>. هذا ما تريد التعاونية أن "
                            "تتوصل به عن كل قنينة.</p><h3>الخطوة 3: حساب العمولة</h3><p>تُحسب "
                            "العمولة على ثمن البيع. بعمولة 10%، تتوصل التعاونية بـ 90% من الثمن. "
                            "لذلك نقسم على 0,9:</p><p>144 ÷ 0,9 = <strong>160 درهما</strong>. هذا "
                            "هو ثمن البيع على CoopLab.</p><h3>الخطوة 4: التحقق</h3><ul><li>"
                            "العمولة: 160 × 10% = 16 درهما.</li><li>ما تتوصل به التعاونية: 160 − "
                            "16 = 144 درهما.</li><li>ناقص ثمن التكلفة: 144 − 120 = 24 درهما هامش "
                            "ربح. الحساب صحيح!</li></ul><h3>وماذا عن التوصيل؟</h3><p>في CoopLab، "
                            "تظهر مصاريف التوصيل للزبون قبل أن يؤكد طلبه. مثلا: 160 درهما + 30 "
                            "درهما للتوصيل = 190 درهما في المجموع. إذا أردتم تقديم التوصيل مجانا، "
                            "يجب أن تضيفوا تكلفته إلى ثمن المنتج.</p><h3>الخطوة 5: المقارنة</h3><p>"
                            "انظروا إلى أثمان زيوت مشابهة. إذا كان ثمنكم أعلى بكثير، اشرحوا سبب "
                            "ذلك: علامة IGP أركان، العصر على البارد، عمل النساء. وإذا كان أقل "
                            "بكثير، تأكدوا أنكم لم تنسوا أي تكلفة.</p><p><strong>تذكروا:</strong> "
                            "ثمن التكلفة + هامش الربح، ثم القسمة على (1 − نسبة العمولة).</p>"
                        ),
                        "en": (
                            "<p>Let us follow the Tifawin cooperative near Tiznit as it prices a "
                            "250 ml bottle of culinary argan oil. The figures are examples: use "
                            "your own.</p><h3>Step 1: the unit cost of one bottle</h3><table>"
                            "<thead><tr><th>Cost</th><th>Amount</th></tr></thead><tbody><tr><td>"
                            "Argan kernels for 250 ml</td><td>70 DH</td></tr><tr><td>Glass bottle, "
                            "cap, label</td><td>12 DH</td></tr><tr><td>Shipping carton and "
                            "paper</td><td>3 DH</td></tr><tr><td>Labour: 2 hours × 15 DH</td><td>"
                            "30 DH</td></tr><tr><td>Overheads (electricity, press, water)</td><td>"
                            "5 DH</td></tr><tr><td><strong>Unit cost</strong></td><td><strong>120 "
                            "DH</strong></td></tr></tbody></table><h3>Step 2: add the margin</h3>"
                            "<p>The margin is what the cooperative keeps to save, invest and share "
                            "among members. Tifawin's members choose a margin of 20% of cost:</p>"
                            "<p>120 DH × 20% = 24 DH. So 120 + 24 = <strong>144 DH</strong>. This "
                            "is what the cooperative wants to receive per bottle.</p><h3>Step 3: "
                            "allow for the commission</h3><p>Commission is calculated on the "
                            "selling price. With a 10% commission, the cooperative receives 90% of "
                            "the price, so divide by 0.9:</p><p>144 ÷ 0.9 = <strong>160 DH</strong>"
                            ". This is the selling price on CoopLab.</p><h3>Step 4: check</h3><ul>"
                            "<li>Commission: 160 × 10% = 16 DH.</li><li>Received by the "
                            "cooperative: 160 − 16 = 144 DH.</li><li>Minus unit cost: 144 − 120 = "
                            "24 DH margin. Correct!</li></ul><h3>What about delivery?</h3><p>On "
                            "CoopLab, delivery charges are shown to the customer before they "
                            "confirm the order. For example: 160 DH + 30 DH delivery = 190 DH in "
                            "total. If you want to offer free delivery, you must add its cost to "
                            "the product price.</p><h3>Step 5: compare</h3><p>Look at prices of "
                            "similar oils. If yours is much higher, explain why: Argane IGP label, "
                            "cold pressing, women's work. If it is much lower, check that you have "
                            "not forgotten a cost.</p><p><strong>Remember:</strong> unit cost + "
                            "margin, then divide by (1 − commission rate).</p>"
                        ),
                    },
                    "minutes": 9,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Prix au kilo ou au litre, et mêmes prix partout",
                        "ar": "الثمن للكيلوغرام أو للتر، ونفس الثمن في كل مكان",
                        "en": "Price per kilo or litre, and the same prices everywhere",
                    },
                    "body": {
                        "fr": (
                            "<p>Un client compare souvent deux produits de tailles différentes. Le "
                            "<strong>prix au kilo ou au litre</strong> l'aide à comparer. Il vous "
                            "aide aussi à vérifier que vos prix sont logiques.</p><h3>Calculer le "
                            "prix au kilo ou au litre</h3><p>Divisez le prix par le poids en "
                            "kilos, ou par le volume en litres.</p><ul><li>Couscous 500 g à 25 DH "
                            ": 25 ÷ 0,5 = <strong>50 DH le kilo</strong>.</li><li>Couscous 1 kg à "
                            "45 DH : <strong>45 DH le kilo</strong>.</li><li>Huile d'argan 250 ml "
                            "à 160 DH : 160 ÷ 0,25 = <strong>640 DH le litre</strong>.</li><li>"
                            "Miel 250 g à 70 DH : 70 ÷ 0,25 = <strong>280 DH le kilo</strong>.</li>"
                            "</ul><p>Il est normal que le grand format soit un peu moins cher au "
                            "kilo : il y a moins d'emballage et moins de travail de remplissage. "
                            "Mais vérifiez qu'il n'est pas <em>plus</em> cher au kilo que le petit "
                            "format. Les clients le remarquent.</p><h3>Les mêmes prix sur tous les "
                            "canaux</h3><p>Votre coopérative vend peut-être sur CoopLab, sur "
                            "WhatsApp, au souk, dans une boutique et dans les foires. Gardez "
                            "<strong>le même prix</strong> pour le même produit partout. Pourquoi "
                            "?</p><ol><li><strong>La confiance.</strong> Un client qui voit 160 DH "
                            "sur CoopLab et 120 DH sur WhatsApp se sent trompé.</li><li><strong>La "
                            "simplicité.</strong> Tous les membres qui vendent donnent le même "
                            "prix.</li><li><strong>La clarté.</strong> Seule la livraison change, "
                            "et elle est toujours montrée à part.</li></ol><h3>Une grille de prix "
                            "écrite</h3><p>Écrivez une <strong>grille de prix</strong> : chaque "
                            "produit, chaque taille, son prix. Donnez-la à toutes les personnes "
                            "qui vendent. Prévoyez aussi un <strong>prix de gros</strong> pour les "
                            "revendeurs, à partir d'une quantité claire (par exemple −10 % à "
                            "partir de 20 bouteilles). Le prix de gros reste au-dessus du coût de "
                            "revient.</p><h3>Changer les prix</h3><ul><li>Revoyez les prix une ou "
                            "deux fois par an, par exemple après la récolte, ou quand un coût "
                            "monte beaucoup.</li><li>Changez-les partout le même jour.</li><li>"
                            "Pour une promotion (Ramadan, fêtes), fixez une date de début et de "
                            "fin, et ne descendez jamais sous le coût de revient.</li></ul>"
                            "<blockquote>Exemple : la coopérative Zitouna, près d'Ouezzane, "
                            "vendait son huile d'olive 1 litre à 70 DH au souk et à 90 DH en "
                            "ligne. Elle a fait une grille unique à 85 DH et affiche la livraison "
                            "à part. Les clients du souk ont compris, et les ventes en ligne ont "
                            "augmenté.</blockquote>"
                        ),
                        "ar": (
                            "<p>يقارن الزبون غالبا بين منتجين من حجمين مختلفين. يساعده <strong>"
                            "الثمن للكيلوغرام أو للتر</strong> على المقارنة. ويساعدكم أنتم أيضا "
                            "على التأكد من أن أثمانكم منطقية.</p><h3>حساب الثمن للكيلوغرام أو "
                            "للتر</h3><p>اقسموا الثمن على الوزن بالكيلوغرام، أو على السعة "
                            "باللتر.</p><ul><li>كسكس 500 غرام بـ 25 درهما: 25 ÷ 0,5 = <strong>50 "
                            "درهما للكيلوغرام</strong>.</li><li>كسكس 1 كيلوغرام بـ 45 درهما: "
                            "<strong>45 درهما للكيلوغرام</strong>.</li><li>زيت أركان 250 مل بـ 160 "
                            "درهما: 160 ÷ 0,25 = <strong>640 درهما للتر</strong>.</li><li>عسل 250 "
                            "غراما بـ 70 درهما: 70 ÷ 0,25 = <strong>280 درهما للكيلوغرام</strong>"
                            ".</li></ul><p>من الطبيعي أن يكون الحجم الكبير أرخص قليلا للكيلوغرام: "
                            "فالتغليف أقل، وعمل التعبئة أقل. لكن تأكدوا أنه ليس <em>أغلى</em> "
                            "للكيلوغرام من الحجم الصغير. فالزبائن ينتبهون لذلك.</p><h3>نفس الأثمان "
                            "في كل قنوات البيع</h3><p>ربما تبيع تعاونيتكم على CoopLab، وعبر "
                            "واتساب، وفي السوق الأسبوعي، وفي متجر، وفي المعارض. احتفظوا <strong>"
                            "بنفس الثمن</strong> للمنتج نفسه في كل مكان. لماذا؟</p><ol><li><strong>"
                            "الثقة.</strong> الزبون الذي يرى 160 درهما على CoopLab و120 درهما على "
                            "واتساب يشعر بأنه خُدع.</li><li><strong>البساطة.</strong> كل الأعضاء "
                            "الذين يبيعون يعطون الثمن نفسه.</li><li><strong>الوضوح.</strong> وحده "
                            "ثمن التوصيل يتغير، ويُعرض دائما منفصلا.</li></ol><h3>لائحة أثمان "
                            "مكتوبة</h3><p>اكتبوا <strong>لائحة أثمان</strong>: كل منتج، وكل حجم، "
                            "وثمنه. أعطوها لكل من يبيع. حددوا أيضا <strong>ثمن الجملة</strong> "
                            "للتجار، ابتداء من كمية واضحة (مثلا تخفيض 10% ابتداء من 20 قنينة). "
                            "يبقى ثمن الجملة أعلى من ثمن التكلفة.</p><h3>تغيير الأثمان</h3><ul><li>"
                            "راجعوا الأثمان مرة أو مرتين في السنة، مثلا بعد الجني، أو عندما ترتفع "
                            "تكلفة ما كثيرا.</li><li>غيروها في كل مكان في اليوم نفسه.</li><li>في "
                            "التخفيضات (رمضان، الأعياد)، حددوا تاريخ البداية والنهاية، ولا تنزلوا "
                            "أبدا تحت ثمن التكلفة.</li></ul><blockquote>مثال: كانت تعاونية زيتونة، "
                            "قرب وزان، تبيع زيت الزيتون (1 لتر) بـ 70 درهما في السوق وبـ 90 درهما "
                            "على الإنترنت. فوضعت لائحة موحدة بثمن 85 درهما، وتعرض التوصيل منفصلا. "
                            "فهم زبائن السوق ذلك، وارتفعت المبيعات على الإنترنت.</blockquote>"
                        ),
                        "en": (
                            "<p>Customers often compare two products of different sizes. The "
                            "<strong>price per kilo or per litre</strong> helps them compare. It "
                            "also helps you check that your prices make sense.</p><h3>Working out "
                            "price per kilo or litre</h3><p>Divide the price by the weight in "
                            "kilos, or the volume in litres.</p><ul><li>Couscous 500 g at 25 DH: "
                            "25 ÷ 0.5 = <strong>50 DH per kilo</strong>.</li><li>Couscous 1 kg at "
                            "45 DH: <strong>45 DH per kilo</strong>.</li><li>Argan oil 250 ml at "
                            "160 DH: 160 ÷ 0.25 = <strong>640 DH per litre</strong>.</li><li>Honey "
                            "250 g at 70 DH: 70 ÷ 0.25 = <strong>280 DH per kilo</strong>.</li>"
                            "</ul><p>It is normal for the large size to be a little cheaper per "
                            "kilo: less packaging and less filling work. But check that it is not "
                            "<em>more</em> expensive per kilo than the small size. Customers "
                            "notice.</p><h3>The same prices on every channel</h3><p>Your "
                            "cooperative may sell on CoopLab, on WhatsApp, at the souk, in a shop "
                            "and at fairs. Keep <strong>the same price</strong> for the same "
                            "product everywhere. Why?</p><ol><li><strong>Trust.</strong> A "
                            "customer who sees 160 DH on CoopLab and 120 DH on WhatsApp feels "
                            "cheated.</li><li><strong>Simplicity.</strong> Every member who sells "
                            "gives the same price.</li><li><strong>Clarity.</strong> Only delivery "
                            "changes, and it is always shown separately.</li></ol><h3>A written "
                            "price list</h3><p>Write a <strong>price list</strong>: each product, "
                            "each size, its price. Give it to everyone who sells. Also set a "
                            "<strong>wholesale price</strong> for resellers from a clear quantity "
                            "(for example 10% off from 20 bottles). The wholesale price stays "
                            "above unit cost.</p><h3>Changing prices</h3><ul><li>Review prices "
                            "once or twice a year, for example after the harvest, or when a cost "
                            "rises sharply.</li><li>Change them everywhere on the same day.</li>"
                            "<li>For a promotion (Ramadan, holidays), set a start and end date, "
                            "and never go below unit cost.</li></ul><blockquote>Example: the "
                            "Zitouna cooperative near Ouezzane sold 1 litre of olive oil at 70 DH "
                            "at the souk and 90 DH online. It made a single price list at 85 DH "
                            "and shows delivery separately. Souk customers understood, and online "
                            "sales grew.</blockquote>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "quiz",
                    "title": {
                        "fr": "Quiz : coûts et prix",
                        "ar": "اختبار: التكاليف والأثمان",
                        "en": "Quiz: costs and prices",
                    },
                    "pass_mark": 60,
                    "max_attempts": 3,
                    "required": True,
                    "questions": [
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Quels éléments font partie du coût de revient d'un produit ? "
                                    "(plusieurs réponses)"
                                ),
                                "ar": "ما العناصر التي تدخل في ثمن تكلفة المنتج؟ (عدة أجوبة)",
                                "en": (
                                    "Which items are part of a product's unit cost? (several "
                                    "answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Matières premières, emballage et heures de travail des "
                                    "membres sont des coûts. Le prix du voisin n'est pas un coût : "
                                    "c'est une information pour comparer."
                                ),
                                "ar": (
                                    "المواد الأولية والتغليف وساعات عمل الأعضاء كلها تكاليف. أما "
                                    "ثمن الجار فليس تكلفة، بل معلومة للمقارنة."
                                ),
                                "en": (
                                    "Raw materials, packaging and members' working hours are "
                                    "costs. The neighbour's price is not a cost: it is information "
                                    "for comparison."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Les matières premières",
                                        "ar": "المواد الأولية",
                                        "en": "Raw materials",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "L'emballage",
                                        "ar": "التغليف",
                                        "en": "Packaging",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Les heures de travail des membres",
                                        "ar": "ساعات عمل الأعضاء",
                                        "en": "Members' working hours",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le prix du voisin",
                                        "ar": "ثمن الجار",
                                        "en": "The neighbour's price",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Le travail des membres n'est pas un coût, car les membres "
                                    "font partie de la coopérative."
                                ),
                                "ar": "عمل الأعضاء ليس تكلفة، لأن الأعضاء جزء من التعاونية.",
                                "en": (
                                    "Members' work is not a cost, because members belong to the "
                                    "cooperative."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Le travail des membres a une valeur. S'il n'est pas "
                                    "compté, le prix est trop bas et les membres travaillent pour "
                                    "rien."
                                ),
                                "ar": (
                                    "خطأ. لعمل الأعضاء قيمة. إذا لم يُحسب، يكون الثمن منخفضا جدا "
                                    "ويعمل الأعضاء دون مقابل."
                                ),
                                "en": (
                                    "False. Members' work has value. If it is not counted, the "
                                    "price is too low and members work for nothing."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": True,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Le coût de revient est 120 DH et la marge 24 DH. La "
                                    "commission est de 10 %. Quel est le prix de vente ?"
                                ),
                                "ar": (
                                    "ثمن التكلفة 120 درهما وهامش الربح 24 درهما. العمولة 10%. ما "
                                    "هو ثمن البيع؟"
                                ),
                                "en": (
                                    "Unit cost is 120 DH and the margin is 24 DH. Commission is "
                                    "10%. What is the selling price?"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "120 + 24 = 144 DH, puis 144 ÷ 0,9 = 160 DH. Vérification : "
                                    "160 − 16 de commission = 144 DH."
                                ),
                                "ar": (
                                    "120 + 24 = 144 درهما، ثم 144 ÷ 0,9 = 160 درهما. التحقق: 160 − "
                                    "16 عمولة = 144 درهما."
                                ),
                                "en": (
                                    "120 + 24 = 144 DH, then 144 ÷ 0.9 = 160 DH. Check: 160 − 16 "
                                    "commission = 144 DH."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "144 DH",
                                        "ar": "144 درهما",
                                        "en": "144 DH",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "160 DH",
                                        "ar": "160 درهما",
                                        "en": "160 DH",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "130 DH",
                                        "ar": "130 درهما",
                                        "en": "130 DH",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Un pot de miel de 500 g coûte 120 DH. Quel est son prix au "
                                    "kilo ?"
                                ),
                                "ar": "علبة عسل من 500 غرام ثمنها 120 درهما. ما ثمنها للكيلوغرام؟",
                                "en": (
                                    "A 500 g jar of honey costs 120 DH. What is its price per kilo?"
                                ),
                            },
                            "explanation": {
                                "fr": "500 g = 0,5 kg. 120 ÷ 0,5 = 240 DH le kilo.",
                                "ar": "500 غرام = 0,5 كيلوغرام. 120 ÷ 0,5 = 240 درهما للكيلوغرام.",
                                "en": "500 g = 0.5 kg. 120 ÷ 0.5 = 240 DH per kilo.",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "60 DH",
                                        "ar": "60 درهما",
                                        "en": "60 DH",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "120 DH",
                                        "ar": "120 درهما",
                                        "en": "120 DH",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "240 DH",
                                        "ar": "240 درهما",
                                        "en": "240 DH",
                                    },
                                    "correct": True,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Il est normal de vendre le même produit moins cher sur "
                                    "WhatsApp que sur CoopLab."
                                ),
                                "ar": (
                                    "من الطبيعي بيع المنتج نفسه بثمن أقل على واتساب مما هو على "
                                    "CoopLab."
                                ),
                                "en": (
                                    "It is normal to sell the same product cheaper on WhatsApp "
                                    "than on CoopLab."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Le même produit doit avoir le même prix partout. Seule "
                                    "la livraison change, et elle est montrée à part."
                                ),
                                "ar": (
                                    "خطأ. يجب أن يكون للمنتج نفسه الثمن نفسه في كل مكان. وحده "
                                    "التوصيل يتغير، ويُعرض منفصلا."
                                ),
                                "en": (
                                    "False. The same product should have the same price "
                                    "everywhere. Only delivery changes, and it is shown separately."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": True,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Vous voulez offrir la livraison à vos clients. Que "
                                    "faites-vous ?"
                                ),
                                "ar": "تريدون تقديم التوصيل مجانا لزبائنكم. ماذا تفعلون؟",
                                "en": (
                                    "You want to offer free delivery to your customers. What do "
                                    "you do?"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "La livraison a toujours un coût. Si le client ne la paie pas, "
                                    "il faut l'inclure dans le prix du produit, sinon la "
                                    "coopérative perd de l'argent."
                                ),
                                "ar": (
                                    "للتوصيل دائما تكلفة. إذا لم يؤدها الزبون، يجب إدخالها في ثمن "
                                    "المنتج، وإلا خسرت التعاونية المال."
                                ),
                                "en": (
                                    "Delivery always has a cost. If the customer does not pay it, "
                                    "include it in the product price, or the cooperative loses "
                                    "money."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": (
                                            "J'ajoute le coût de la livraison dans le prix du "
                                            "produit"
                                        ),
                                        "ar": "أضيف تكلفة التوصيل إلى ثمن المنتج",
                                        "en": "I add the delivery cost to the product price",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Je ne change rien : la livraison est gratuite pour la "
                                            "coopérative"
                                        ),
                                        "ar": "لا أغير شيئا: التوصيل مجاني بالنسبة للتعاونية",
                                        "en": (
                                            "I change nothing: delivery is free for the cooperative"
                                        ),
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Je baisse le prix du produit",
                                        "ar": "أخفض ثمن المنتج",
                                        "en": "I lower the product price",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        {
            "title": {
                "fr": "Paiement à la livraison et paiements numériques",
                "ar": "الدفع عند التسليم والأداء الرقمي",
                "en": "Cash on delivery and digital payments",
            },
            "summary": {
                "fr": (
                    "Réduire les refus du paiement à la livraison, accepter la carte, les "
                    "portefeuilles mobiles et les virements, et garder l'argent en sécurité."
                ),
                "ar": (
                    "تقليل رفض الطرود في الدفع عند التسليم، وقبول البطاقة والمحافظ الإلكترونية "
                    "والتحويلات، والحفاظ على سلامة المال."
                ),
                "en": (
                    "Reduce cash-on-delivery refusals, accept cards, mobile wallets and transfers, "
                    "and keep money safe."
                ),
            },
            "lessons": [
                {
                    "kind": "text",
                    "title": {
                        "fr": "Le paiement à la livraison et les refus",
                        "ar": "الدفع عند التسليم ورفض الطرود",
                        "en": "Cash on delivery and refusals",
                    },
                    "body": {
                        "fr": (
                            "<p>Au Maroc, la plupart des clients en ligne préfèrent <strong>payer "
                            "à la livraison</strong>. Ils paient en espèces au livreur quand ils "
                            "reçoivent le colis. Ils ont confiance, car ils voient le produit "
                            "avant de payer.</p><h3>Comment ça marche</h3><ol><li>Le client "
                            "commande et choisit « paiement à la livraison ».</li><li>La "
                            "coopérative confirme, prépare et expédie le colis.</li><li>Le livreur "
                            "apporte le colis et encaisse l'argent.</li><li>L'argent arrive "
                            "ensuite à la coopérative. Sur CoopLab, la commande apparaît dans "
                            "votre relevé de paiement.</li></ol><h3>Le grand problème : les "
                            "refus</h3><p>Certains clients ne répondent pas au livreur, ou "
                            "refusent le colis à la porte. On parle de <strong>25 à 40 % de "
                            "refus</strong> pour le paiement à la livraison. Chaque refus coûte "
                            "cher : le transport aller, souvent le retour, l'emballage, parfois un "
                            "produit abîmé. Et le produit est bloqué pendant des jours.</p>"
                            "<blockquote>Exemple : la coopérative Tifawin envoie 10 colis. Si 3 "
                            "sont refusés, elle paie 3 transports pour rien, soit 3 × 30 = 90 DH, "
                            "sans compter les retours.</blockquote><h3>Appeler le client avant "
                            "d'expédier</h3><p>Un simple appel réduit beaucoup les refus. Appelez "
                            "<strong>dans les 24 heures</strong> après la commande :</p><ol><li>"
                            "Présentez-vous : « Bonjour, ici la coopérative Tifawin, vous avez "
                            "commandé 2 bouteilles d'huile d'argan. »</li><li>Rappelez le produit, "
                            "la quantité et le <strong>prix total avec la livraison</strong>.</li>"
                            "<li>Vérifiez l'adresse complète et un <strong>repère</strong> : « "
                            "près de la mosquée », « en face de la pharmacie ».</li><li>Demandez "
                            "quand il sera présent et s'il veut un autre numéro à appeler.</li><li>"
                            "Dites quand le colis partira et qu'il recevra un numéro de suivi.</li>"
                            "</ol><p>Si le client ne répond pas, rappelez une fois à un autre "
                            "moment de la journée. Si le client hésite, n'envoyez pas le colis.</p>"
                            "<h3>Autres bons réflexes</h3><ul><li>Expédiez vite : plus le colis "
                            "tarde, plus le client change d'avis.</li><li>Envoyez le numéro de "
                            "suivi au client.</li><li>Des photos fidèles et une description claire "
                            "évitent les mauvaises surprises à la porte.</li><li>Notez chaque "
                            "refus dans votre cahier : produit, ville, raison. Vous verrez où sont "
                            "les problèmes.</li></ul>"
                        ),
                        "ar": (
                            "<p>في المغرب، يفضل أغلب الزبائن على الإنترنت <strong>الدفع عند "
                            "التسليم</strong>. يؤدون نقدا لعامل التوصيل عندما يتسلمون الطرد. هكذا "
                            "يشعرون بالثقة، لأنهم يرون المنتج قبل الأداء.</p><h3>كيف يتم ذلك</h3>"
                            "<ol><li>يطلب الزبون المنتج ويختار «الدفع عند التسليم».</li><li>تؤكد "
                            "التعاونية الطلب وتحضّره وترسل الطرد.</li><li>يحمل عامل التوصيل الطرد "
                            "ويتسلم المال.</li><li>يصل المال بعد ذلك إلى التعاونية. في CoopLab، "
                            "يظهر الطلب في كشف الأداء الخاص بكم.</li></ol><h3>المشكل الكبير: رفض "
                            "الطرود</h3><p>بعض الزبائن لا يجيبون عامل التوصيل، أو يرفضون الطرد عند "
                            "الباب. تُذكر نسب رفض تتراوح بين <strong>25 و40%</strong> في الدفع عند "
                            "التسليم. وكل رفض مكلف: ثمن الإرسال، وغالبا ثمن الإرجاع، والتغليف، "
                            "وأحيانا منتج متضرر. كما يبقى المنتج محجوزا لأيام.</p><blockquote>"
                            "مثال: ترسل تعاونية تيفاوين 10 طرود. إذا رُفض 3 منها، تؤدي ثمن 3 "
                            "إرساليات دون فائدة، أي 3 × 30 = 90 درهما، دون حساب "
                            "الإرجاع.</blockquote><h3>اتصلوا بالزبون قبل الإرسال</h3><p>مكالمة "
                            "بسيطة تقلل الرفض كثيرا. اتصلوا <strong>خلال 24 ساعة</strong> بعد "
                            "الطلب:</p><ol><li>قدّموا أنفسكم: «السلام عليكم، معكم تعاونية تيفاوين، "
                            "لقد طلبتم قنينتين من زيت الأركان.»</li><li>ذكّروا بالمنتج، والكمية، "
                            "و<strong>الثمن الإجمالي مع التوصيل</strong>.</li><li>تأكدوا من "
                            "العنوان الكامل ومن <strong>علامة مميزة</strong>: «قرب المسجد»، «مقابل "
                            "الصيدلية».</li><li>اسألوا متى يكون حاضرا، وهل يريد رقما آخر "
                            "للاتصال.</li><li>أخبروه متى يُرسل الطرد وأنه سيتوصل برقم التتبع.</li>"
                            "</ol><p>إذا لم يجب الزبون، اتصلوا مرة أخرى في وقت آخر من اليوم. إذا "
                            "كان الزبون مترددا، لا ترسلوا الطرد.</p><h3>عادات جيدة أخرى</h3><ul>"
                            "<li>أرسلوا بسرعة: كلما تأخر الطرد، زاد احتمال أن يغير الزبون "
                            "رأيه.</li><li>أرسلوا رقم التتبع إلى الزبون.</li><li>الصور الصادقة "
                            "والوصف الواضح يجنبان المفاجآت السيئة عند الباب.</li><li>سجلوا كل رفض "
                            "في دفتركم: المنتج، والمدينة، والسبب. هكذا ترون أين توجد المشاكل.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<p>In Morocco, most online customers prefer <strong>cash on "
                            "delivery</strong>. They pay the courier in cash when they receive the "
                            "parcel. They feel safe because they see the product before paying.</p>"
                            '<h3>How it works</h3><ol><li>The customer orders and chooses "cash '
                            'on delivery".</li><li>The cooperative confirms, prepares and ships '
                            "the parcel.</li><li>The courier delivers the parcel and collects the "
                            "money.</li><li>The money then reaches the cooperative. On CoopLab, "
                            "the order appears on your payout statement.</li></ol><h3>The big "
                            "problem: refusals</h3><p>Some customers do not answer the courier, or "
                            "refuse the parcel at the door. Refusal rates of <strong>25 to "
                            "40%</strong> are reported for cash on delivery. Each refusal is "
                            "costly: outbound shipping, often the return, packaging, sometimes a "
                            "damaged product. And the product is stuck for days.</p><blockquote>"
                            "Example: the Tifawin cooperative sends 10 parcels. If 3 are refused, "
                            "it pays for 3 shipments for nothing: 3 × 30 = 90 DH, not counting "
                            "returns.</blockquote><h3>Call the customer before shipping</h3><p>A "
                            "simple call greatly reduces refusals. Call <strong>within 24 "
                            'hours</strong> of the order:</p><ol><li>Introduce yourself: "Hello, '
                            "this is the Tifawin cooperative, you ordered 2 bottles of argan "
                            'oil."</li><li>Repeat the product, quantity and <strong>total price '
                            "including delivery</strong>.</li><li>Check the full address and a "
                            '<strong>landmark</strong>: "near the mosque", "opposite the '
                            'pharmacy".</li><li>Ask when they will be in, and whether there is '
                            "another number to call.</li><li>Say when the parcel will leave and "
                            "that they will get a tracking number.</li></ol><p>If the customer "
                            "does not answer, call once more at another time of day. If the "
                            "customer hesitates, do not ship.</p><h3>Other good habits</h3><ul><li>"
                            "Ship fast: the longer a parcel takes, the more likely the customer "
                            "changes their mind.</li><li>Send the tracking number to the "
                            "customer.</li><li>Faithful photos and a clear description avoid bad "
                            "surprises at the door.</li><li>Record every refusal in your book: "
                            "product, city, reason. You will see where the problems are.</li></ul>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Cartes, portefeuilles mobiles, virements et sécurité",
                        "ar": "البطاقات والمحافظ الإلكترونية والتحويلات والسلامة",
                        "en": "Cards, mobile wallets, transfers and safety",
                    },
                    "body": {
                        "fr": (
                            "<p>Les paiements numériques évitent les refus et le transport "
                            "d'espèces. De plus en plus de clients les utilisent, surtout les "
                            "Marocains qui vivent à l'étranger et envoient des cadeaux à leur "
                            "famille.</p><h3>1. La carte bancaire (CMI)</h3><p>Sur CoopLab, le "
                            "client peut payer par carte. Le paiement passe par le <strong>"
                            "CMI</strong>, le service national de paiement par carte au Maroc. Le "
                            "client tape ses informations sur une page sécurisée du CMI, pas chez "
                            "vous.</p><ul><li>La coopérative ne voit jamais le numéro de la carte "
                            "ni le code.</li><li>La commande est payée avant l'envoi : pas de "
                            "risque de refus pour raison de paiement.</li><li>L'argent arrive dans "
                            "votre relevé CoopLab, comme les autres ventes.</li></ul><h3>2. Les "
                            "portefeuilles mobiles</h3><p>Des banques et des établissements de "
                            "paiement proposent des portefeuilles sur le téléphone. On peut payer "
                            "ou recevoir de l'argent avec un numéro de téléphone ou un code QR. "
                            "Pour vos ventes directes (souk, foire, WhatsApp), demandez à votre "
                            "banque quelle solution elle propose et quels sont ses frais.</p><h3>"
                            "3. Le virement bancaire</h3><p>Pour les grosses commandes (une "
                            "boutique, un hôtel, un revendeur), le virement est pratique. Donnez "
                            "le <strong>RIB de la coopérative</strong> (24 chiffres), jamais celui "
                            "d'un membre. <strong>Attention :</strong> une capture d'écran de "
                            "virement peut être fausse. Expédiez seulement quand l'argent est bien "
                            "visible sur le compte de la coopérative.</p><h3>4. Garder une trace "
                            "des espèces</h3><p>Quand la coopérative reçoit des espèces "
                            "directement (au souk, à l'atelier) :</p><ol><li>Donnez un <strong>"
                            "reçu</strong> : numéro, date, produit, montant, signature. Un carnet "
                            "à souches suffit.</li><li>Gardez la souche, ou prenez le reçu en "
                            "photo.</li><li>Écrivez la vente le jour même dans le cahier des "
                            "ventes (module 6).</li><li>Comptez l'argent à deux personnes et "
                            "signez toutes les deux.</li><li>Déposez les espèces à la banque "
                            "régulièrement, par exemple chaque semaine.</li></ol><h3>5. La "
                            "sécurité</h3><ul><li>Ne donnez jamais un code reçu par SMS, un mot de "
                            "passe ou le code d'une carte, même à quelqu'un qui dit appeler de la "
                            "banque ou de CoopLab. Personne de sérieux ne vous le demandera.</li>"
                            "<li>Méfiez-vous des messages qui disent « vous avez gagné » ou « "
                            "votre compte est bloqué, cliquez ici ».</li><li>Mettez un code de "
                            "verrouillage sur le téléphone de la coopérative.</li><li>Ne gardez "
                            "pas de grosses sommes à l'atelier.</li></ul>"
                        ),
                        "ar": (
                            "<p>الأداء الرقمي يجنبكم رفض الطرود ونقل النقود. ويستعمله عدد متزايد "
                            "من الزبائن، خاصة المغاربة المقيمين بالخارج الذين يرسلون هدايا إلى "
                            "عائلاتهم.</p><h3>1. البطاقة البنكية (CMI)</h3><p>في CoopLab، يمكن "
                            "للزبون أن يؤدي بالبطاقة. يمر الأداء عبر <strong>المركز المغربي "
                            "للنقديات (CMI)</strong>، وهو الخدمة الوطنية للأداء بالبطاقات في "
                            "المغرب. يكتب الزبون معلوماته في صفحة آمنة تابعة للمركز، وليس "
                            "عندكم.</p><ul><li>لا ترى التعاونية أبدا رقم البطاقة ولا رقمها "
                            "السري.</li><li>يُؤدى الطلب قبل الإرسال: لا خطر لرفض الطرد بسبب "
                            "الأداء.</li><li>يصل المال في كشف CoopLab الخاص بكم، مثل باقي "
                            "المبيعات.</li></ul><h3>2. المحافظ الإلكترونية على الهاتف</h3><p>تقترح "
                            "بنوك ومؤسسات أداء محافظ إلكترونية على الهاتف. يمكن بها الأداء أو "
                            "التوصل بالمال برقم الهاتف أو برمز QR. بالنسبة لمبيعاتكم المباشرة "
                            "(السوق، المعرض، واتساب)، اسألوا بنككم عن الحل الذي يقترحه وعن "
                            "مصاريفه.</p><h3>3. التحويل البنكي</h3><p>بالنسبة للطلبات الكبيرة "
                            "(متجر، فندق، تاجر)، التحويل عملي. أعطوا <strong>رقم الحساب البنكي "
                            "للتعاونية (RIB)</strong> المكون من 24 رقما، وليس حساب أحد الأعضاء "
                            "أبدا. <strong>انتبهوا:</strong> صورة الشاشة لتحويل ما قد تكون مزورة. "
                            "لا ترسلوا الطرد إلا عندما يظهر المال فعلا في حساب التعاونية.</p><h3>"
                            "4. الاحتفاظ بأثر للنقود</h3><p>عندما تتسلم التعاونية نقودا مباشرة (في "
                            "السوق أو في الورشة):</p><ol><li>سلّموا <strong>وصلا</strong>: الرقم، "
                            "والتاريخ، والمنتج، والمبلغ، والتوقيع. يكفي دفتر وصولات بأرومة.</li>"
                            "<li>احتفظوا بالأرومة، أو صوّروا الوصل.</li><li>سجلوا البيع في اليوم "
                            "نفسه في دفتر المبيعات (الوحدة 6).</li><li>عُدّوا المال بحضور شخصين، "
                            "ووقّعا معا.</li><li>أودعوا النقود في البنك بانتظام، مثلا كل "
                            "أسبوع.</li></ol><h3>5. السلامة</h3><ul><li>لا تعطوا أبدا رمزا وصلكم "
                            "في رسالة قصيرة، أو كلمة سر، أو الرقم السري لبطاقة، حتى لمن يقول إنه "
                            "يتصل من البنك أو من CoopLab. لن يطلبه منكم أي طرف جاد.</li><li>احذروا "
                            "الرسائل التي تقول «لقد ربحتم» أو «حسابكم مغلق، اضغطوا هنا».</li><li>"
                            "ضعوا رمز قفل على هاتف التعاونية.</li><li>لا تحتفظوا بمبالغ كبيرة في "
                            "الورشة.</li></ul>"
                        ),
                        "en": (
                            "<p>Digital payments avoid refusals and carrying cash. More and more "
                            "customers use them, especially Moroccans living abroad who send gifts "
                            "to their families.</p><h3>1. Bank cards (CMI)</h3><p>On CoopLab the "
                            "customer can pay by card. The payment goes through <strong>"
                            "CMI</strong>, Morocco's national card payment service. The customer "
                            "types their details on a secure CMI page, not on yours.</p><ul><li>"
                            "The cooperative never sees the card number or PIN.</li><li>The order "
                            "is paid before shipping: no refusal for payment reasons.</li><li>The "
                            "money appears on your CoopLab statement like other sales.</li></ul>"
                            "<h3>2. Mobile wallets</h3><p>Banks and payment institutions offer "
                            "wallets on the phone. You can pay or receive money with a phone "
                            "number or a QR code. For your direct sales (souk, fair, WhatsApp), "
                            "ask your bank which solution it offers and what it charges.</p><h3>3. "
                            "Bank transfer</h3><p>For large orders (a shop, a hotel, a reseller), "
                            "transfer is convenient. Give the <strong>cooperative's RIB</strong> "
                            "(24 digits), never a member's. <strong>Careful:</strong> a screenshot "
                            "of a transfer can be fake. Ship only when the money is really visible "
                            "in the cooperative's account.</p><h3>4. Keep track of cash</h3><p>"
                            "When the cooperative receives cash directly (souk, workshop):</p><ol>"
                            "<li>Give a <strong>receipt</strong>: number, date, product, amount, "
                            "signature. A receipt book with stubs is enough.</li><li>Keep the "
                            "stub, or photograph the receipt.</li><li>Write the sale in the sales "
                            "book the same day (module 6).</li><li>Count the money with two people "
                            "and both sign.</li><li>Deposit cash at the bank regularly, for "
                            "example every week.</li></ol><h3>5. Safety</h3><ul><li>Never give out "
                            "a code received by SMS, a password or a card PIN, even to someone who "
                            "says they are calling from the bank or CoopLab. No genuine "
                            'organisation will ask for it.</li><li>Beware of messages saying "you '
                            'have won" or "your account is blocked, click here".</li><li>Put a '
                            "screen lock on the cooperative's phone.</li><li>Do not keep large "
                            "sums at the workshop.</li></ul>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "quiz",
                    "title": {
                        "fr": "Quiz : paiement à la livraison et paiements numériques",
                        "ar": "اختبار: الدفع عند التسليم والأداء الرقمي",
                        "en": "Quiz: cash on delivery and digital payments",
                    },
                    "pass_mark": 60,
                    "max_attempts": 3,
                    "required": True,
                    "questions": [
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Quel taux de refus est souvent cité pour le paiement à la "
                                    "livraison au Maroc ?"
                                ),
                                "ar": (
                                    "ما نسبة رفض الطرود التي تُذكر غالبا في الدفع عند التسليم "
                                    "بالمغرب؟"
                                ),
                                "en": (
                                    "What refusal rate is often reported for cash on delivery in "
                                    "Morocco?"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "On parle de 25 à 40 % de refus. C'est pourquoi il faut "
                                    "confirmer les commandes par téléphone."
                                ),
                                "ar": (
                                    "تُذكر نسب رفض تتراوح بين 25 و40%. لهذا يجب تأكيد الطلبات "
                                    "بالهاتف."
                                ),
                                "en": (
                                    "Rates of 25 to 40% are reported. That is why orders should be "
                                    "confirmed by phone."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Moins de 1 %",
                                        "ar": "أقل من 1%",
                                        "en": "Less than 1%",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "25 à 40 %",
                                        "ar": "25 إلى 40%",
                                        "en": "25 to 40%",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "90 %",
                                        "ar": "90%",
                                        "en": "90%",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Que vérifiez-vous quand vous appelez un client avant l'envoi "
                                    "? (plusieurs réponses)"
                                ),
                                "ar": (
                                    "ما الذي تتأكدون منه عندما تتصلون بالزبون قبل الإرسال؟ (عدة "
                                    "أجوبة)"
                                ),
                                "en": (
                                    "What do you check when you call a customer before shipping? "
                                    "(several answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "On confirme le produit, le prix total avec livraison et "
                                    "l'adresse avec un repère. On ne demande jamais le code de la "
                                    "carte bancaire."
                                ),
                                "ar": (
                                    "نؤكد المنتج، والثمن الإجمالي مع التوصيل، والعنوان مع علامة "
                                    "مميزة. ولا نطلب أبدا الرقم السري للبطاقة البنكية."
                                ),
                                "en": (
                                    "You confirm the product, the total price with delivery, and "
                                    "the address with a landmark. You never ask for a card PIN."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Le produit et la quantité",
                                        "ar": "المنتج والكمية",
                                        "en": "The product and quantity",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le prix total avec la livraison",
                                        "ar": "الثمن الإجمالي مع التوصيل",
                                        "en": "The total price with delivery",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "L'adresse et un repère",
                                        "ar": "العنوان وعلامة مميزة",
                                        "en": "The address and a landmark",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le code secret de sa carte bancaire",
                                        "ar": "الرقم السري لبطاقته البنكية",
                                        "en": "Their bank card PIN",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Quand un client paie par carte via le CMI, la coopérative "
                                    "voit le numéro et le code de sa carte."
                                ),
                                "ar": (
                                    "عندما يؤدي الزبون بالبطاقة عبر CMI، ترى التعاونية رقم بطاقته "
                                    "ورقمها السري."
                                ),
                                "en": (
                                    "When a customer pays by card through CMI, the cooperative "
                                    "sees the card number and PIN."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Le client tape ses informations sur la page sécurisée "
                                    "du CMI. La coopérative ne les voit jamais."
                                ),
                                "ar": (
                                    "خطأ. يكتب الزبون معلوماته في الصفحة الآمنة للمركز المغربي "
                                    "للنقديات، ولا تراها التعاونية أبدا."
                                ),
                                "en": (
                                    "False. The customer types their details on CMI's secure page. "
                                    "The cooperative never sees them."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": True,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Un revendeur envoie une capture d'écran de virement. Que "
                                    "faites-vous ?"
                                ),
                                "ar": "يرسل تاجر صورة شاشة لتحويل بنكي. ماذا تفعلون؟",
                                "en": (
                                    "A reseller sends a screenshot of a bank transfer. What do you "
                                    "do?"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Une capture d'écran peut être fausse. On expédie seulement "
                                    "quand l'argent est visible sur le compte de la coopérative."
                                ),
                                "ar": (
                                    "قد تكون صورة الشاشة مزورة. لا نرسل الطرد إلا عندما يظهر المال "
                                    "في حساب التعاونية."
                                ),
                                "en": (
                                    "A screenshot can be fake. Ship only when the money is visible "
                                    "in the cooperative's account."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "J'expédie tout de suite",
                                        "ar": "أرسل الطرد فورا",
                                        "en": "I ship straight away",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Je vérifie d'abord que l'argent est sur le compte de "
                                            "la coopérative"
                                        ),
                                        "ar": "أتأكد أولا أن المال وصل إلى حساب التعاونية",
                                        "en": (
                                            "I first check the money is in the cooperative's "
                                            "account"
                                        ),
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Je demande le code de sa carte pour vérifier",
                                        "ar": "أطلب رقم بطاقته السري للتحقق",
                                        "en": "I ask for their card PIN to check",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Quand la coopérative reçoit des espèces au souk, elle doit "
                                    "donner un reçu et noter la vente le jour même."
                                ),
                                "ar": (
                                    "عندما تتسلم التعاونية نقودا في السوق، يجب أن تسلّم وصلا وتسجل "
                                    "البيع في اليوم نفسه."
                                ),
                                "en": (
                                    "When the cooperative receives cash at the souk, it should "
                                    "give a receipt and record the sale the same day."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Vrai. Le reçu et le cahier des ventes protègent la "
                                    "coopérative et ses membres."
                                ),
                                "ar": "صحيح. الوصل ودفتر المبيعات يحميان التعاونية وأعضاءها.",
                                "en": (
                                    "True. The receipt and the sales book protect the cooperative "
                                    "and its members."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Une personne appelle : « Je suis de la banque, donnez-moi le "
                                    "code reçu par SMS. » Que faites-vous ?"
                                ),
                                "ar": (
                                    "يتصل شخص: «أنا من البنك، أعطني الرمز الذي وصلك في رسالة "
                                    "قصيرة.» ماذا تفعلون؟"
                                ),
                                "en": (
                                    "Someone calls: \"I'm from the bank, give me the code you "
                                    'received by SMS." What do you do?'
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Personne de sérieux ne demande un code reçu par SMS. C'est "
                                    "une arnaque : on raccroche et on ne donne rien."
                                ),
                                "ar": (
                                    "لا يطلب أي طرف جاد رمزا وصل في رسالة قصيرة. إنها محاولة "
                                    "احتيال: نقطع المكالمة ولا نعطي شيئا."
                                ),
                                "en": (
                                    "No genuine organisation asks for a code received by SMS. It "
                                    "is a scam: hang up and give nothing."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Je donne le code",
                                        "ar": "أعطيه الرمز",
                                        "en": "I give the code",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Je raccroche et je ne donne rien",
                                        "ar": "أقطع المكالمة ولا أعطي شيئا",
                                        "en": "I hang up and give nothing",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Je donne seulement la moitié du code",
                                        "ar": "أعطيه نصف الرمز فقط",
                                        "en": "I give only half the code",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        {
            "title": {
                "fr": "Réseaux sociaux et WhatsApp Business",
                "ar": "شبكات التواصل الاجتماعي وواتساب للأعمال",
                "en": "Social media and WhatsApp Business",
            },
            "summary": {
                "fr": (
                    "Utiliser WhatsApp Business et les réseaux sociaux pour attirer des clients, "
                    "répondre bien et protéger leurs données."
                ),
                "ar": (
                    "استعمال واتساب للأعمال وشبكات التواصل لجذب الزبائن، والإجابة بشكل جيد، وحماية "
                    "معطياتهم."
                ),
                "en": (
                    "Use WhatsApp Business and social media to attract customers, answer well and "
                    "protect their data."
                ),
            },
            "lessons": [
                {
                    "kind": "text",
                    "title": {
                        "fr": "Bien utiliser WhatsApp Business",
                        "ar": "الاستعمال الجيد لواتساب للأعمال",
                        "en": "Using WhatsApp Business well",
                    },
                    "body": {
                        "fr": (
                            "<p>Beaucoup de coopératives vendent déjà sur WhatsApp. L'application "
                            "<strong>WhatsApp Business</strong> est gratuite et faite pour les "
                            "vendeurs. Elle sépare les messages de la coopérative de vos messages "
                            "personnels et donne des outils utiles.</p><h3>1. Installer et créer "
                            "le profil</h3><ol><li>Installez « WhatsApp Business » depuis le "
                            "magasin d'applications du téléphone.</li><li>Utilisez le <strong>"
                            "numéro de la coopérative</strong>, pas le numéro personnel d'un "
                            "membre.</li><li>Remplissez le <strong>profil professionnel</strong> : "
                            "nom de la coopérative, logo ou belle photo, catégorie, courte "
                            "description, adresse, horaires.</li><li>Ajoutez le <strong>lien de "
                            "votre page CoopLab</strong> dans le profil. Les clients y voient tous "
                            "vos produits et peuvent payer par carte.</li></ol><h3>2. Le "
                            "catalogue</h3><p>Le catalogue montre vos produits dans WhatsApp : "
                            "photo, nom, prix, courte description. Mettez les mêmes photos et "
                            "<strong>les mêmes prix</strong> que sur CoopLab. Quand un produit est "
                            "épuisé, masquez-le.</p><h3>3. Les réponses rapides</h3><p>Vous "
                            "recevez souvent les mêmes questions. Préparez des réponses rapides, "
                            "par exemple :</p><ul><li>« /prix » : la liste des prix.</li><li>« "
                            "/livraison » : « Nous livrons partout au Maroc en 2 à 5 jours. La "
                            "livraison coûte de 20 à 35 DH selon la ville. »</li><li>« /commande » "
                            ": le lien vers la page CoopLab.</li></ul><p>Vous tapez « / » puis "
                            "choisissez la réponse. Vous gagnez du temps, et la réponse est "
                            "toujours juste.</p><h3>4. Message d'accueil et message d'absence</h3>"
                            "<ul><li>Message d'accueil : « Bienvenue à la coopérative Nahla ! "
                            "Comment pouvons-nous vous aider ? »</li><li>Message d'absence, le "
                            "soir ou le vendredi : « Merci pour votre message. Nous vous "
                            "répondrons demain matin. »</li></ul><h3>5. Les étiquettes</h3><p>"
                            "Classez les discussions avec des étiquettes de couleur : « Nouvelle "
                            "commande », « Paiement reçu », « Expédiée ». Vous voyez vite ce qu'il "
                            "reste à faire.</p><h3>Une personne responsable</h3><p>Choisissez une "
                            "ou deux personnes qui répondent chaque jour, à des heures fixes, par "
                            "exemple à 10 h et à 17 h. Un client qui attend trois jours achète "
                            "ailleurs.</p><blockquote>Exemple : la coopérative Nahla, près "
                            "d'Azilal, a installé WhatsApp Business sur le téléphone de la "
                            "coopérative. Khadija répond matin et soir avec les réponses rapides. "
                            "Les clients reçoivent le lien CoopLab pour commander.</blockquote>"
                        ),
                        "ar": (
                            "<p>كثير من التعاونيات تبيع فعلا عبر واتساب. تطبيق <strong>واتساب "
                            "للأعمال (WhatsApp Business)</strong> مجاني ومصمم للبائعين. يفصل رسائل "
                            "التعاونية عن رسائلكم الشخصية، ويقدم أدوات مفيدة.</p><h3>1. التثبيت "
                            "وإنشاء الملف</h3><ol><li>ثبّتوا «WhatsApp Business» من متجر التطبيقات "
                            "في الهاتف.</li><li>استعملوا <strong>رقم التعاونية</strong>، وليس "
                            "الرقم الشخصي لأحد الأعضاء.</li><li>املؤوا <strong>الملف "
                            "التجاري</strong>: اسم التعاونية، والشعار أو صورة جميلة، والصنف، ووصفا "
                            "قصيرا، والعنوان، وأوقات العمل.</li><li>أضيفوا <strong>رابط صفحتكم على "
                            "CoopLab</strong> في الملف. يرى فيه الزبائن كل منتجاتكم ويمكنهم الأداء "
                            "بالبطاقة.</li></ol><h3>2. الكتالوج</h3><p>يعرض الكتالوج منتجاتكم داخل "
                            "واتساب: الصورة، والاسم، والثمن، ووصفا قصيرا. ضعوا الصور نفسها "
                            "و<strong>الأثمان نفسها</strong> الموجودة على CoopLab. عندما ينفد "
                            "منتج، أخفوه.</p><h3>3. الردود السريعة</h3><p>تتوصلون غالبا بالأسئلة "
                            "نفسها. حضّروا ردودا سريعة، مثلا:</p><ul><li>«/الثمن»: لائحة "
                            "الأثمان.</li><li>«/التوصيل»: «نوصل إلى كل مدن المغرب في 2 إلى 5 أيام. "
                            "ثمن التوصيل من 20 إلى 35 درهما حسب المدينة.»</li><li>«/الطلب»: رابط "
                            "صفحة CoopLab.</li></ul><p>تكتبون «/» ثم تختارون الرد. هكذا تربحون "
                            "الوقت، ويكون الجواب دائما صحيحا.</p><h3>4. رسالة الترحيب ورسالة "
                            "الغياب</h3><ul><li>رسالة الترحيب: «مرحبا بكم في تعاونية نحلة! كيف "
                            "يمكننا مساعدتكم؟»</li><li>رسالة الغياب، في المساء أو يوم الجمعة: "
                            "«شكرا على رسالتكم. سنجيبكم صباح الغد.»</li></ul><h3>5. التصنيفات</h3>"
                            "<p>رتّبوا المحادثات بتصنيفات ملونة: «طلب جديد»، «تم الأداء»، «تم "
                            "الإرسال». هكذا ترون بسرعة ما بقي للقيام به.</p><h3>شخص مسؤول</h3><p>"
                            "اختاروا شخصا أو شخصين يجيبان كل يوم في أوقات محددة، مثلا على الساعة "
                            "10 صباحا و5 مساء. الزبون الذي ينتظر ثلاثة أيام يشتري من مكان آخر.</p>"
                            "<blockquote>مثال: ثبّتت تعاونية نحلة، قرب أزيلال، واتساب للأعمال على "
                            "هاتف التعاونية. تجيب خديجة صباحا ومساء باستعمال الردود السريعة. "
                            "ويتوصل الزبائن برابط CoopLab لتقديم طلباتهم.</blockquote>"
                        ),
                        "en": (
                            "<p>Many cooperatives already sell on WhatsApp. The <strong>WhatsApp "
                            "Business</strong> app is free and made for sellers. It keeps the "
                            "cooperative's messages apart from your personal ones and gives useful "
                            "tools.</p><h3>1. Install and create the profile</h3><ol><li>Install "
                            '"WhatsApp Business" from the phone\'s app store.</li><li>Use the '
                            "<strong>cooperative's number</strong>, not a member's personal "
                            "number.</li><li>Fill in the <strong>business profile</strong>: "
                            "cooperative name, logo or a good photo, category, short description, "
                            "address, opening hours.</li><li>Add the <strong>link to your CoopLab "
                            "page</strong> to the profile. Customers see all your products there "
                            "and can pay by card.</li></ol><h3>2. The catalogue</h3><p>The "
                            "catalogue shows your products inside WhatsApp: photo, name, price, "
                            "short description. Use the same photos and <strong>the same "
                            "prices</strong> as on CoopLab. When a product is sold out, hide "
                            "it.</p><h3>3. Quick replies</h3><p>You often get the same questions. "
                            'Prepare quick replies, for example:</p><ul><li>"/prices": the price '
                            'list.</li><li>"/delivery": "We deliver all over Morocco in 2 to 5 '
                            'days. Delivery costs 20 to 35 DH depending on the city."</li><li>'
                            '"/order": the link to the CoopLab page.</li></ul><p>Type "/" and '
                            "choose the reply. You save time, and the answer is always right.</p>"
                            '<h3>4. Greeting and away messages</h3><ul><li>Greeting: "Welcome to '
                            'the Nahla cooperative! How can we help you?"</li><li>Away message, '
                            'in the evening or on Friday: "Thank you for your message. We will '
                            'reply tomorrow morning."</li></ul><h3>5. Labels</h3><p>Sort chats '
                            'with coloured labels: "New order", "Paid", "Shipped". You see '
                            "at a glance what remains to do.</p><h3>One person in charge</h3><p>"
                            "Choose one or two people to answer every day at set times, for "
                            "example 10:00 and 17:00. A customer who waits three days buys "
                            "elsewhere.</p><blockquote>Example: the Nahla cooperative near Azilal "
                            "installed WhatsApp Business on the cooperative's phone. Khadija "
                            "answers morning and evening using quick replies. Customers receive "
                            "the CoopLab link to order.</blockquote>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Réseaux sociaux, politesse et respect des données",
                        "ar": "شبكات التواصل الاجتماعي واللباقة واحترام المعطيات الشخصية",
                        "en": "Social media, courtesy and respecting data",
                    },
                    "body": {
                        "fr": (
                            "<p>Facebook, Instagram et les statuts WhatsApp permettent de montrer "
                            "la vie de votre coopérative à beaucoup de personnes, gratuitement. Le "
                            "but n'est pas de publier beaucoup, mais de publier <strong>bien et "
                            "régulièrement</strong>.</p><h3>Que publier ?</h3><ul><li><strong>Vos "
                            "produits</strong>, avec de bonnes photos (module 2), le prix et le "
                            "lien CoopLab.</li><li><strong>Le travail</strong> : la récolte du "
                            "safran à l'aube, le concassage de l'argan, le roulage du couscous. "
                            "Les clients adorent voir les mains qui travaillent.</li><li><strong>"
                            "Les personnes</strong>, seulement avec leur accord : une membre qui "
                            "explique son savoir-faire en une phrase.</li><li><strong>Les "
                            "nouvelles</strong> : un nouveau produit, une foire, un label "
                            "obtenu.</li><li><strong>Les avis</strong> de clients contents, avec "
                            "leur permission.</li></ul><h3>Un rythme simple</h3><ol><li>2 ou 3 "
                            "publications par semaine suffisent.</li><li>Une story ou un statut "
                            "WhatsApp de temps en temps : une courte vidéo de 15 secondes de "
                            "l'atelier.</li><li>Chaque publication finit par une action : « "
                            "Commandez sur notre page CoopLab » avec le lien.</li></ol><h3>"
                            "Répondre poliment et vite</h3><ul><li>Répondez dans la journée, même "
                            "pour dire « Nous vérifions et nous revenons vers vous ».</li><li>"
                            "Saluez, remerciez, utilisez le nom du client.</li><li>Face à une "
                            "critique, restez calmes. Remerciez, excusez-vous si c'est justifié, "
                            "et proposez une solution en message privé.</li><li>Ne discutez jamais "
                            "les prix ni les problèmes en public.</li></ul><blockquote>Exemple de "
                            "réponse : « Bonjour Madame Amina, merci pour votre message. Nous "
                            "sommes désolées que le pot soit arrivé abîmé. Nous vous envoyons un "
                            "nouveau pot demain. Coopérative Nahla. »</blockquote><h3>Protéger les "
                            "données des clients</h3><p>Le nom, le téléphone et l'adresse d'un "
                            "client sont des <strong>données personnelles</strong>. Au Maroc, la "
                            "loi 09-08 les protège.</p><ul><li>Ne publiez jamais le nom, le "
                            "numéro, l'adresse ou la commande d'un client.</li><li>Avant de "
                            "partager une capture d'écran de discussion, cachez le nom et le "
                            "numéro.</li><li>N'ajoutez pas un client à un groupe sans son "
                            "accord.</li><li>Envoyez vos promotions seulement aux clients qui ont "
                            "accepté de les recevoir.</li><li>Utilisez les données seulement pour "
                            "la commande, et ne les donnez à personne.</li></ul><p><strong>À "
                            "retenir :</strong> de belles photos vraies, une publication "
                            "régulière, des réponses polies et rapides, et le respect total des "
                            "données des clients.</p>"
                        ),
                        "ar": (
                            "<p>تسمح فيسبوك وإنستغرام وحالات واتساب بعرض حياة تعاونيتكم على عدد "
                            "كبير من الناس، مجانا. الهدف ليس النشر كثيرا، بل النشر <strong>بشكل "
                            "جيد ومنتظم</strong>.</p><h3>ماذا تنشرون؟</h3><ul><li><strong>"
                            "منتجاتكم</strong>، بصور جيدة (الوحدة 2)، مع الثمن ورابط CoopLab.</li>"
                            "<li><strong>العمل</strong>: جني الزعفران عند الفجر، وتكسير الأركان، "
                            "وفتل الكسكس. يحب الزبائن رؤية الأيدي التي تعمل.</li><li><strong>"
                            "الأشخاص</strong>، بعد موافقتهم فقط: عضوة تشرح مهارتها في جملة "
                            "واحدة.</li><li><strong>الأخبار</strong>: منتج جديد، أو معرض، أو علامة "
                            "جودة حصلتم عليها.</li><li><strong>آراء</strong> الزبائن الراضين، بعد "
                            "إذنهم.</li></ul><h3>إيقاع بسيط</h3><ol><li>2 أو 3 منشورات في الأسبوع "
                            "تكفي.</li><li>قصة أو حالة واتساب من حين لآخر: فيديو قصير من 15 ثانية "
                            "من الورشة.</li><li>ينتهي كل منشور بدعوة للعمل: «اطلبوا من صفحتنا على "
                            "CoopLab» مع الرابط.</li></ol><h3>أجيبوا بلباقة وبسرعة</h3><ul><li>"
                            "أجيبوا في اليوم نفسه، ولو لتقولوا «نحن نتحقق وسنعود إليكم».</li><li>"
                            "سلّموا، واشكروا، واستعملوا اسم الزبون.</li><li>أمام الانتقاد، حافظوا "
                            "على هدوئكم. اشكروا، واعتذروا إذا كان ذلك مبررا، واقترحوا حلا في رسالة "
                            "خاصة.</li><li>لا تناقشوا أبدا الأثمان أو المشاكل أمام الجميع.</li>"
                            "</ul><blockquote>مثال لجواب: «السلام عليكم السيدة أمينة، شكرا على "
                            "رسالتك. نعتذر لأن العلبة وصلت متضررة. سنرسل لك علبة جديدة غدا. "
                            "تعاونية نحلة.»</blockquote><h3>حماية معطيات الزبائن</h3><p>اسم الزبون "
                            "ورقم هاتفه وعنوانه <strong>معطيات شخصية</strong>. في المغرب، يحميها "
                            "القانون 09-08.</p><ul><li>لا تنشروا أبدا اسم زبون أو رقمه أو عنوانه "
                            "أو طلبه.</li><li>قبل مشاركة صورة شاشة لمحادثة، أخفوا الاسم "
                            "والرقم.</li><li>لا تضيفوا زبونا إلى مجموعة دون موافقته.</li><li>"
                            "أرسلوا عروضكم فقط للزبائن الذين قبلوا التوصل بها.</li><li>استعملوا "
                            "المعطيات للطلب فقط، ولا تعطوها لأي أحد.</li></ul><p><strong>"
                            "تذكروا:</strong> صور جميلة وصادقة، ونشر منتظم، وأجوبة لبقة وسريعة، "
                            "واحترام تام لمعطيات الزبائن.</p>"
                        ),
                        "en": (
                            "<p>Facebook, Instagram and WhatsApp status let you show your "
                            "cooperative's life to many people for free. The aim is not to post a "
                            "lot, but to post <strong>well and regularly</strong>.</p><h3>What to "
                            "post</h3><ul><li><strong>Your products</strong>, with good photos "
                            "(module 2), the price and the CoopLab link.</li><li><strong>The "
                            "work</strong>: saffron picking at dawn, cracking argan, rolling "
                            "couscous. Customers love to see working hands.</li><li><strong>"
                            "People</strong>, only with their consent: a member explaining her "
                            "skill in one sentence.</li><li><strong>News</strong>: a new product, "
                            "a fair, a label obtained.</li><li><strong>Reviews</strong> from happy "
                            "customers, with their permission.</li></ul><h3>A simple rhythm</h3>"
                            "<ol><li>2 or 3 posts a week are enough.</li><li>A story or WhatsApp "
                            "status now and then: a 15-second video of the workshop.</li><li>End "
                            'every post with an action: "Order on our CoopLab page" with the '
                            "link.</li></ol><h3>Answer politely and quickly</h3><ul><li>Answer the "
                            'same day, even just "We are checking and will get back to you".</li>'
                            "<li>Greet, thank, use the customer's name.</li><li>Faced with "
                            "criticism, stay calm. Thank them, apologise if it is justified, and "
                            "offer a solution in a private message.</li><li>Never argue about "
                            "prices or problems in public.</li></ul><blockquote>Example reply: "
                            '"Hello Mrs Amina, thank you for your message. We are sorry the jar '
                            "arrived damaged. We will send you a new jar tomorrow. Nahla "
                            "cooperative.\"</blockquote><h3>Protect customers' data</h3><p>A "
                            "customer's name, phone number and address are <strong>personal "
                            "data</strong>. In Morocco, law 09-08 protects them.</p><ul><li>Never "
                            "publish a customer's name, number, address or order.</li><li>Before "
                            "sharing a screenshot of a chat, hide the name and number.</li><li>Do "
                            "not add a customer to a group without their consent.</li><li>Send "
                            "promotions only to customers who agreed to receive them.</li><li>Use "
                            "the data only for the order, and give it to nobody.</li></ul><p>"
                            "<strong>Remember:</strong> beautiful, truthful photos, regular posts, "
                            "polite and quick answers, and full respect for customers' data.</p>"
                        ),
                    },
                    "minutes": 8,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "quiz",
                    "title": {
                        "fr": "Quiz : réseaux sociaux et WhatsApp Business",
                        "ar": "اختبار: شبكات التواصل الاجتماعي وواتساب للأعمال",
                        "en": "Quiz: social media and WhatsApp Business",
                    },
                    "pass_mark": 60,
                    "max_attempts": 3,
                    "required": True,
                    "questions": [
                        {
                            "kind": "single",
                            "text": {
                                "fr": "Quel numéro utiliser pour WhatsApp Business ?",
                                "ar": "أي رقم تستعملون لواتساب للأعمال؟",
                                "en": "Which number should you use for WhatsApp Business?",
                            },
                            "explanation": {
                                "fr": (
                                    "Le numéro de la coopérative. Ainsi, les messages restent à la "
                                    "coopérative même si une personne change."
                                ),
                                "ar": (
                                    "رقم التعاونية. هكذا تبقى الرسائل للتعاونية حتى لو تغير الشخص "
                                    "المسؤول."
                                ),
                                "en": (
                                    "The cooperative's number. Messages then stay with the "
                                    "cooperative even if a person changes."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Le numéro de la coopérative",
                                        "ar": "رقم التعاونية",
                                        "en": "The cooperative's number",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le numéro personnel de la présidente",
                                        "ar": "الرقم الشخصي للرئيسة",
                                        "en": "The president's personal number",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Le numéro d'un client",
                                        "ar": "رقم أحد الزبائن",
                                        "en": "A customer's number",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Que faut-il mettre dans le profil professionnel WhatsApp ? "
                                    "(plusieurs réponses)"
                                ),
                                "ar": "ماذا يجب وضعه في الملف التجاري على واتساب؟ (عدة أجوبة)",
                                "en": (
                                    "What should go in the WhatsApp business profile? (several "
                                    "answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Le nom, une courte description, les horaires et le lien "
                                    "CoopLab aident le client. Le RIB ne se met pas dans le profil "
                                    "public."
                                ),
                                "ar": (
                                    "الاسم، ووصف قصير، وأوقات العمل، ورابط CoopLab تساعد الزبون. "
                                    "أما رقم الحساب البنكي فلا يوضع في الملف العام."
                                ),
                                "en": (
                                    "Name, a short description, opening hours and the CoopLab link "
                                    "help the customer. The RIB does not go in the public profile."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Le nom et une courte description",
                                        "ar": "الاسم ووصف قصير",
                                        "en": "The name and a short description",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Les horaires",
                                        "ar": "أوقات العمل",
                                        "en": "Opening hours",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le lien de la page CoopLab",
                                        "ar": "رابط صفحة CoopLab",
                                        "en": "The CoopLab page link",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le RIB de la coopérative",
                                        "ar": "رقم الحساب البنكي للتعاونية",
                                        "en": "The cooperative's RIB",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "On peut publier une capture d'écran d'une discussion avec le "
                                    "nom et le numéro du client visibles."
                                ),
                                "ar": "يمكن نشر صورة شاشة لمحادثة يظهر فيها اسم الزبون ورقمه.",
                                "en": (
                                    "You may post a screenshot of a chat showing the customer's "
                                    "name and number."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Ce sont des données personnelles, protégées par la loi "
                                    "09-08. Il faut les cacher."
                                ),
                                "ar": "خطأ. هذه معطيات شخصية يحميها القانون 09-08، ويجب إخفاؤها.",
                                "en": (
                                    "False. These are personal data protected by law 09-08. They "
                                    "must be hidden."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": True,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Un client se plaint en public qu'un pot est arrivé cassé. Que "
                                    "faites-vous ?"
                                ),
                                "ar": "يشتكي زبون أمام الجميع من وصول علبة مكسورة. ماذا تفعلون؟",
                                "en": (
                                    "A customer complains publicly that a jar arrived broken. What "
                                    "do you do?"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "On reste calme, on remercie, on s'excuse et on propose une "
                                    "solution en message privé."
                                ),
                                "ar": "نحافظ على الهدوء، ونشكر، ونعتذر، ونقترح حلا في رسالة خاصة.",
                                "en": (
                                    "Stay calm, thank them, apologise and offer a solution in a "
                                    "private message."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Je supprime son commentaire et je le bloque",
                                        "ar": "أحذف تعليقه وأحظره",
                                        "en": "I delete the comment and block them",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Je remercie, je m'excuse et je propose une solution "
                                            "en privé"
                                        ),
                                        "ar": "أشكره وأعتذر وأقترح حلا في رسالة خاصة",
                                        "en": "I thank, apologise and offer a solution privately",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Je réponds qu'il a sûrement cassé le pot lui-même",
                                        "ar": "أجيبه بأنه هو من كسر العلبة بالتأكيد",
                                        "en": "I reply that he surely broke it himself",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Les réponses rapides de WhatsApp Business font gagner du "
                                    "temps pour les questions fréquentes, comme les prix et la "
                                    "livraison."
                                ),
                                "ar": (
                                    "الردود السريعة في واتساب للأعمال توفر الوقت في الأسئلة "
                                    "المتكررة، مثل الأثمان والتوصيل."
                                ),
                                "en": (
                                    "WhatsApp Business quick replies save time on frequent "
                                    "questions such as prices and delivery."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Vrai. On tape « / » et on choisit la réponse préparée. La "
                                    "réponse est rapide et toujours juste."
                                ),
                                "ar": (
                                    "صحيح. نكتب «/» ونختار الرد المُعدّ مسبقا. يكون الجواب سريعا "
                                    "وصحيحا دائما."
                                ),
                                "en": (
                                    'True. Type "/" and choose the prepared reply. The answer is '
                                    "fast and always right."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Quelles publications sont de bonnes idées ? (plusieurs "
                                    "réponses)"
                                ),
                                "ar": "ما المنشورات التي تعتبر أفكارا جيدة؟ (عدة أجوبة)",
                                "en": "Which posts are good ideas? (several answers)",
                            },
                            "explanation": {
                                "fr": (
                                    "Montrer le travail et les produits avec le lien CoopLab "
                                    "attire les clients. Publier l'adresse d'un client est "
                                    "interdit."
                                ),
                                "ar": (
                                    "عرض العمل والمنتجات مع رابط CoopLab يجذب الزبائن. أما نشر "
                                    "عنوان زبون فممنوع."
                                ),
                                "en": (
                                    "Showing the work and products with the CoopLab link attracts "
                                    "customers. Publishing a customer's address is not allowed."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Une courte vidéo de la récolte du safran",
                                        "ar": "فيديو قصير عن جني الزعفران",
                                        "en": "A short video of the saffron harvest",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Un nouveau produit avec le lien CoopLab",
                                        "ar": "منتج جديد مع رابط CoopLab",
                                        "en": "A new product with the CoopLab link",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "La liste des adresses des clients de la semaine",
                                        "ar": "لائحة عناوين زبائن الأسبوع",
                                        "en": "The list of this week's customers' addresses",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        {
            "title": {
                "fr": "Tenir des registres numériques simples des ventes et du stock",
                "ar": "مسك سجلات رقمية بسيطة للمبيعات والمخزون",
                "en": "Simple digital records of sales and stock",
            },
            "summary": {
                "fr": (
                    "Un cahier des ventes sur le téléphone, des fiches de stock, des totaux "
                    "mensuels et des sauvegardes."
                ),
                "ar": "دفتر مبيعات على الهاتف، وبطاقات المخزون، ومجاميع شهرية، ونسخ احتياطية.",
                "en": "A sales book on the phone, stock cards, monthly totals and backups.",
            },
            "lessons": [
                {
                    "kind": "text",
                    "title": {
                        "fr": "Un cahier des ventes simple sur le téléphone",
                        "ar": "دفتر مبيعات بسيط على الهاتف",
                        "en": "A simple sales book on the phone",
                    },
                    "body": {
                        "fr": (
                            "<p>Combien avez-vous vendu le mois dernier ? Quel produit se vend le "
                            "mieux ? Sans notes, personne ne peut répondre avec certitude. Un "
                            "<strong>cahier des ventes</strong> répond à ces questions en quelques "
                            "minutes.</p><h3>Papier, téléphone ou tableur ?</h3><ul><li><strong>Un "
                            "cahier en papier</strong> : simple, mais il peut se perdre ou se "
                            "mouiller.</li><li><strong>Une application de tableur sur le "
                            "téléphone</strong> (par exemple Google Sheets, gratuit) : elle "
                            "calcule les totaux toute seule, et on peut la partager avec le bureau "
                            "de la coopérative.</li></ul><p>Commencez avec l'outil que vous "
                            "maîtrisez. L'important est d'écrire <strong>chaque vente, le jour "
                            "même</strong>.</p><h3>Les colonnes du cahier</h3><table><thead><tr>"
                            "<th>Date</th><th>N° commande</th><th>Produit</th><th>Qté</th><th>Prix "
                            "unitaire</th><th>Total</th><th>Canal</th><th>Paiement</th><th>"
                            "État</th></tr></thead><tbody><tr><td>03/03</td><td>CL-1042</td><td>"
                            "Huile argan 250 ml</td><td>2</td><td>160 DH</td><td>320 DH</td><td>"
                            "CoopLab</td><td>Carte</td><td>Livrée</td></tr><tr><td>04/03</td><td>"
                            "—</td><td>Amlou 250 g</td><td>3</td><td>60 DH</td><td>180 DH</td><td>"
                            "Souk</td><td>Espèces, reçu n° 17</td><td>Payée</td></tr><tr><td>"
                            "05/03</td><td>WA-12</td><td>Huile argan 250 ml</td><td>1</td><td>160 "
                            "DH</td><td>160 DH</td><td>WhatsApp</td><td>À la livraison</td><td>"
                            "Refusée</td></tr></tbody></table><p>Dans la colonne « Canal », "
                            "écrivez où vous avez vendu. Dans la colonne « État », mettez à jour : "
                            "confirmée, expédiée, livrée, refusée, remboursée. Pour identifier le "
                            "client, le numéro de commande suffit : inutile de recopier son "
                            "adresse.</p><h3>Dans un tableur</h3><ol><li>Créez un fichier « Ventes "
                            "2025 », avec un onglet par mois.</li><li>Écrivez les titres des "
                            "colonnes sur la première ligne.</li><li>Dans la colonne Total, tapez "
                            "une formule : <strong>=D2*E2</strong> (quantité × prix). Le téléphone "
                            "calcule pour vous.</li><li>En bas de la colonne Total, tapez <strong>"
                            "=SOMME(F2:F100)</strong> (ou =SUM en anglais) pour le total du "
                            "mois.</li></ol><h3>Le total du mois</h3><p>À la fin de chaque mois, "
                            "notez sur une page à part :</p><ul><li>le total des ventes en DH "
                            ";</li><li>les ventes par canal (CoopLab, WhatsApp, souk…) ;</li><li>"
                            "le nombre de colis refusés ;</li><li>le produit le plus vendu.</li>"
                            "</ul><blockquote>Exemple : à la coopérative Tifawin, Saida remplit le "
                            "tableur chaque soir en 10 minutes. En mars, elle a vu que 4 colis sur "
                            "10 vendus sur WhatsApp étaient refusés. La coopérative appelle "
                            "maintenant chaque client avant l'envoi.</blockquote>"
                        ),
                        "ar": (
                            "<p>كم بعتم في الشهر الماضي؟ ما المنتج الذي يُباع أكثر؟ بدون تسجيل، لا "
                            "أحد يستطيع الإجابة بيقين. <strong>دفتر المبيعات</strong> يجيب عن هذه "
                            "الأسئلة في بضع دقائق.</p><h3>ورق، أم هاتف، أم جدول بيانات؟</h3><ul>"
                            "<li><strong>دفتر ورقي</strong>: بسيط، لكنه قد يضيع أو يبتل.</li><li>"
                            "<strong>تطبيق جدول بيانات على الهاتف</strong> (مثلا Google Sheets، "
                            "وهو مجاني): يحسب المجاميع وحده، ويمكن مشاركته مع مكتب التعاونية.</li>"
                            "</ul><p>ابدؤوا بالأداة التي تتقنونها. المهم هو تسجيل <strong>كل عملية "
                            "بيع في يومها</strong>.</p><h3>أعمدة الدفتر</h3><table><thead><tr><th>"
                            "التاريخ</th><th>رقم الطلب</th><th>المنتج</th><th>الكمية</th><th>ثمن "
                            "الوحدة</th><th>المجموع</th><th>قناة البيع</th><th>الأداء</th><th>"
                            "الحالة</th></tr></thead><tbody><tr><td>03/03</td><td>CL-1042</td><td>"
                            "زيت أركان 250 مل</td><td>2</td><td>160 درهما</td><td>320 درهما</td>"
                            "<td>CoopLab</td><td>بطاقة</td><td>سُلِّم</td></tr><tr><td>04/03</td>"
                            "<td>—</td><td>أملو 250 غراما</td><td>3</td><td>60 درهما</td><td>180 "
                            "درهما</td><td>السوق</td><td>نقدا، وصل رقم 17</td><td>مؤدى</td></tr>"
                            "<tr><td>05/03</td><td>WA-12</td><td>زيت أركان 250 مل</td><td>1</td>"
                            "<td>160 درهما</td><td>160 درهما</td><td>واتساب</td><td>عند "
                            "التسليم</td><td>مرفوض</td></tr></tbody></table><p>في عمود «قناة "
                            "البيع»، اكتبوا أين بعتم. وفي عمود «الحالة»، حدّثوا المعلومة: مؤكد، "
                            "مُرسل، مُسلَّم، مرفوض، مُسترجَع. للتعرف على الزبون، يكفي رقم الطلب: "
                            "لا داعي لنسخ عنوانه.</p><h3>في جدول البيانات</h3><ol><li>أنشئوا ملفا "
                            "باسم «المبيعات 2025»، مع ورقة لكل شهر.</li><li>اكتبوا عناوين الأعمدة "
                            "في السطر الأول.</li><li>في عمود المجموع، اكتبوا معادلة: <strong>"
                            "=D2*E2</strong> (الكمية × الثمن). يحسب الهاتف بدلا منكم.</li><li>أسفل "
                            "عمود المجموع، اكتبوا <strong>=SUM(F2:F100)</strong> للحصول على مجموع "
                            "الشهر.</li></ol><h3>مجموع الشهر</h3><p>في نهاية كل شهر، سجلوا في صفحة "
                            "مستقلة:</p><ul><li>مجموع المبيعات بالدرهم؛</li><li>المبيعات حسب "
                            "القناة (CoopLab، واتساب، السوق…)؛</li><li>عدد الطرود المرفوضة؛</li>"
                            "<li>المنتج الأكثر مبيعا.</li></ul><blockquote>مثال: في تعاونية "
                            "تيفاوين، تملأ سعيدة جدول البيانات كل مساء في 10 دقائق. في شهر مارس، "
                            "لاحظت أن 4 طرود من كل 10 بيعت عبر واتساب رُفضت. أصبحت التعاونية الآن "
                            "تتصل بكل زبون قبل الإرسال.</blockquote>"
                        ),
                        "en": (
                            "<p>How much did you sell last month? Which product sells best? "
                            "Without notes, nobody can answer for sure. A <strong>sales "
                            "book</strong> answers these questions in a few minutes.</p><h3>Paper, "
                            "phone or spreadsheet?</h3><ul><li><strong>A paper notebook</strong>: "
                            "simple, but it can get lost or wet.</li><li><strong>A spreadsheet app "
                            "on the phone</strong> (for example Google Sheets, free): it adds up "
                            "totals by itself and can be shared with the cooperative's board.</li>"
                            "</ul><p>Start with the tool you know. What matters is writing down "
                            "<strong>every sale, the same day</strong>.</p><h3>The columns</h3>"
                            "<table><thead><tr><th>Date</th><th>Order no.</th><th>Product</th><th>"
                            "Qty</th><th>Unit price</th><th>Total</th><th>Channel</th><th>"
                            "Payment</th><th>Status</th></tr></thead><tbody><tr><td>03/03</td><td>"
                            "CL-1042</td><td>Argan oil 250 ml</td><td>2</td><td>160 DH</td><td>320 "
                            "DH</td><td>CoopLab</td><td>Card</td><td>Delivered</td></tr><tr><td>"
                            "04/03</td><td>—</td><td>Amlou 250 g</td><td>3</td><td>60 DH</td><td>"
                            "180 DH</td><td>Souk</td><td>Cash, receipt no. 17</td><td>Paid</td>"
                            "</tr><tr><td>05/03</td><td>WA-12</td><td>Argan oil 250 ml</td><td>"
                            "1</td><td>160 DH</td><td>160 DH</td><td>WhatsApp</td><td>On "
                            'delivery</td><td>Refused</td></tr></tbody></table><p>In "Channel", '
                            'write where you sold. Keep "Status" up to date: confirmed, shipped, '
                            "delivered, refused, refunded. To identify the customer, the order "
                            "number is enough: no need to copy their address.</p><h3>In a "
                            'spreadsheet</h3><ol><li>Create a file "Sales 2025" with one sheet '
                            "per month.</li><li>Write the column titles in the first row.</li><li>"
                            "In the Total column type a formula: <strong>=D2*E2</strong> (quantity "
                            "× price). The phone calculates for you.</li><li>Below the Total "
                            "column type <strong>=SUM(F2:F100)</strong> for the month's total.</li>"
                            "</ol><h3>The monthly total</h3><p>At the end of each month, note on a "
                            "separate page:</p><ul><li>total sales in DH;</li><li>sales by channel "
                            "(CoopLab, WhatsApp, souk…);</li><li>the number of refused "
                            "parcels;</li><li>the best-selling product.</li></ul><blockquote>"
                            "Example: at the Tifawin cooperative, Saida fills in the spreadsheet "
                            "every evening in 10 minutes. In March she saw that 4 out of 10 "
                            "parcels sold on WhatsApp were refused. The cooperative now calls "
                            "every customer before shipping.</blockquote>"
                        ),
                    },
                    "minutes": 9,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "text",
                    "title": {
                        "fr": "Le stock, les totaux mensuels et les sauvegardes",
                        "ar": "المخزون والمجاميع الشهرية والنسخ الاحتياطية",
                        "en": "Stock, monthly totals and backups",
                    },
                    "body": {
                        "fr": (
                            "<p>Savoir ce que vous avez en stock évite deux problèmes : vendre un "
                            "produit que vous n'avez plus, et garder trop longtemps un produit qui "
                            "s'abîme.</p><h3>La fiche de stock</h3><p>Pour chaque produit et "
                            "chaque taille, tenez une fiche simple :</p><table><thead><tr><th>"
                            "Date</th><th>Entrée</th><th>Sortie</th><th>Reste</th><th>Note</th>"
                            "</tr></thead><tbody><tr><td>01/03</td><td></td><td></td><td>40</td>"
                            "<td>Stock de départ</td></tr><tr><td>02/03</td><td>24</td><td></td>"
                            "<td>64</td><td>Nouveau pressage</td></tr><tr><td>03/03</td><td></td>"
                            "<td>2</td><td>62</td><td>Commande CL-1042</td></tr><tr><td>06/03</td>"
                            "<td></td><td>1</td><td>61</td><td>Bouteille cassée</td></tr></tbody>"
                            "</table><p>Chaque entrée ajoute, chaque sortie retire. Notez aussi "
                            "les casses et les cadeaux : ce sont des sorties.</p><h3>Compter le "
                            "stock réel</h3><ol><li>Une fois par mois, à la même date, comptez les "
                            "produits sur les étagères, à deux personnes.</li><li>Comparez avec la "
                            "colonne « Reste ».</li><li>S'il y a une différence, cherchez pourquoi "
                            ": vente oubliée, casse non notée, erreur de calcul.</li><li>Corrigez "
                            "la fiche, et mettez à jour le stock sur CoopLab et dans le catalogue "
                            "WhatsApp.</li><li>Vérifiez les dates limites : vendez d'abord les "
                            "produits les plus anciens.</li></ol><h3>Pourquoi les registres sont "
                            "importants</h3><ul><li><strong>Pour les membres</strong> : chacun "
                            "voit ce que la coopérative a vendu et gagné. C'est la base de la "
                            "confiance et de l'assemblée générale.</li><li><strong>Pour "
                            "décider</strong> : quel produit développer, quand produire, quels "
                            "prix revoir.</li><li><strong>Pour les bailleurs et les "
                            "partenaires</strong> : pour une subvention, un prêt ou un programme "
                            "d'appui, on vous demande vos ventes par mois, le nombre de membres et "
                            "de femmes, et l'évolution des revenus. Des chiffres clairs rendent "
                            "votre dossier solide.</li><li><strong>Pour vérifier les "
                            "paiements</strong> : comparez votre cahier avec les relevés "
                            "CoopLab.</li></ul><h3>Les sauvegardes</h3><p>Un téléphone peut "
                            "tomber, être volé ou tomber en panne. Sans sauvegarde, tout est "
                            "perdu.</p><ul><li>Si vous utilisez un tableur en ligne, il est "
                            "enregistré automatiquement sur le compte de la coopérative. Protégez "
                            "ce compte par un bon mot de passe.</li><li>Chaque mois, téléchargez "
                            "une copie du fichier ou envoyez-la par e-mail à l'adresse de la "
                            "coopérative.</li><li>Pour un cahier en papier, prenez chaque page en "
                            "photo à la fin du mois.</li><li>Donnez l'accès à deux personnes de "
                            "confiance, par exemple la présidente et la trésorière.</li></ul>"
                            "<blockquote>Exemple : le téléphone de la coopérative Ayour est tombé "
                            "dans un bassin. Grâce à la sauvegarde en ligne, la trésorière a "
                            "retrouvé toutes les ventes de l'année sur un autre téléphone le jour "
                            "même.</blockquote>"
                        ),
                        "ar": (
                            "<p>معرفة ما لديكم في المخزون تجنبكم مشكلتين: بيع منتج لم يعد عندكم، "
                            "والاحتفاظ مدة طويلة بمنتج قد يفسد.</p><h3>بطاقة المخزون</h3><p>لكل "
                            "منتج ولكل حجم، امسكوا بطاقة بسيطة:</p><table><thead><tr><th>"
                            "التاريخ</th><th>الداخل</th><th>الخارج</th><th>الباقي</th><th>"
                            "ملاحظة</th></tr></thead><tbody><tr><td>01/03</td><td></td><td></td>"
                            "<td>40</td><td>المخزون في البداية</td></tr><tr><td>02/03</td><td>"
                            "24</td><td></td><td>64</td><td>عصر جديد</td></tr><tr><td>03/03</td>"
                            "<td></td><td>2</td><td>62</td><td>الطلب CL-1042</td></tr><tr><td>"
                            "06/03</td><td></td><td>1</td><td>61</td><td>قنينة مكسورة</td></tr>"
                            "</tbody></table><p>كل داخل يُضاف، وكل خارج يُطرح. سجلوا أيضا المنتجات "
                            "المكسورة والهدايا، فهي أيضا خارجة من المخزون.</p><h3>جرد المخزون "
                            "الحقيقي</h3><ol><li>مرة في الشهر، وفي التاريخ نفسه، عُدّوا المنتجات "
                            "الموجودة على الرفوف، بحضور شخصين.</li><li>قارنوا العدد بعمود "
                            "«الباقي».</li><li>إذا وُجد فرق، ابحثوا عن السبب: بيع منسي، أو كسر غير "
                            "مسجل، أو خطأ في الحساب.</li><li>صحّحوا البطاقة، وحدّثوا المخزون على "
                            "CoopLab وفي كتالوج واتساب.</li><li>راقبوا تواريخ انتهاء الصلاحية: "
                            "بيعوا المنتجات الأقدم أولا.</li></ol><h3>لماذا السجلات مهمة</h3><ul>"
                            "<li><strong>للأعضاء</strong>: يرى كل واحد ما باعته التعاونية وما "
                            "ربحته. هذا أساس الثقة وأساس الجمع العام.</li><li><strong>لاتخاذ "
                            "القرار</strong>: أي منتج نطوّر، ومتى ننتج، وأي أثمان نراجع.</li><li>"
                            "<strong>للممولين والشركاء</strong>: عند طلب دعم أو قرض أو الانخراط في "
                            "برنامج مواكبة، تُطلب منكم مبيعاتكم الشهرية، وعدد الأعضاء والنساء، "
                            "وتطور المداخيل. الأرقام الواضحة تجعل ملفكم قويا.</li><li><strong>"
                            "للتحقق من الأداءات</strong>: قارنوا دفتركم بكشوفات CoopLab.</li></ul>"
                            "<h3>النسخ الاحتياطية</h3><p>قد يسقط الهاتف، أو يُسرق، أو يتعطل. بدون "
                            "نسخة احتياطية، يضيع كل شيء.</p><ul><li>إذا كنتم تستعملون جدول بيانات "
                            "على الإنترنت، فهو يُحفظ تلقائيا في حساب التعاونية. احموا هذا الحساب "
                            "بكلمة سر قوية.</li><li>كل شهر، حمّلوا نسخة من الملف أو أرسلوها "
                            "بالبريد الإلكتروني إلى عنوان التعاونية.</li><li>بالنسبة للدفتر "
                            "الورقي، صوّروا كل صفحة في نهاية الشهر.</li><li>أعطوا صلاحية الدخول "
                            "لشخصين موثوقين، مثلا الرئيسة وأمينة المال.</li></ul><blockquote>مثال: "
                            "سقط هاتف تعاونية أيور في حوض ماء. بفضل النسخة الاحتياطية على "
                            "الإنترنت، استرجعت أمينة المال كل مبيعات السنة على هاتف آخر في اليوم "
                            "نفسه.</blockquote>"
                        ),
                        "en": (
                            "<p>Knowing what you have in stock avoids two problems: selling a "
                            "product you no longer have, and keeping a product too long until it "
                            "spoils.</p><h3>The stock card</h3><p>For each product and size, keep "
                            "a simple card:</p><table><thead><tr><th>Date</th><th>In</th><th>"
                            "Out</th><th>Balance</th><th>Note</th></tr></thead><tbody><tr><td>"
                            "01/03</td><td></td><td></td><td>40</td><td>Opening stock</td></tr><tr>"
                            "<td>02/03</td><td>24</td><td></td><td>64</td><td>New pressing</td>"
                            "</tr><tr><td>03/03</td><td></td><td>2</td><td>62</td><td>Order "
                            "CL-1042</td></tr><tr><td>06/03</td><td></td><td>1</td><td>61</td><td>"
                            'Broken bottle</td></tr></tbody></table><p>Each "in" adds, each '
                            '"out" subtracts. Record breakages and gifts too: they are outs.</p>'
                            "<h3>Count the real stock</h3><ol><li>Once a month, on the same date, "
                            "count the products on the shelves, with two people.</li><li>Compare "
                            'with the "Balance" column.</li><li>If there is a difference, find '
                            "out why: a forgotten sale, an unrecorded breakage, a calculation "
                            "error.</li><li>Correct the card, and update the stock on CoopLab and "
                            "in the WhatsApp catalogue.</li><li>Check best-before dates: sell the "
                            "oldest products first.</li></ol><h3>Why records matter</h3><ul><li>"
                            "<strong>For members</strong>: everyone sees what the cooperative sold "
                            "and earned. This is the basis of trust and of the general "
                            "assembly.</li><li><strong>For decisions</strong>: which product to "
                            "develop, when to produce, which prices to review.</li><li><strong>For "
                            "funders and partners</strong>: for a grant, a loan or a support "
                            "programme, you are asked for monthly sales, the number of members and "
                            "of women, and how income has changed. Clear figures make your "
                            "application strong.</li><li><strong>To check payments</strong>: "
                            "compare your book with CoopLab statements.</li></ul><h3>Backups</h3>"
                            "<p>A phone can be dropped, stolen or break down. Without a backup, "
                            "everything is lost.</p><ul><li>An online spreadsheet is saved "
                            "automatically to the cooperative's account. Protect that account with "
                            "a strong password.</li><li>Every month, download a copy of the file "
                            "or email it to the cooperative's address.</li><li>For a paper book, "
                            "photograph each page at the end of the month.</li><li>Give access to "
                            "two trusted people, for example the president and the treasurer.</li>"
                            "</ul><blockquote>Example: the Ayour cooperative's phone fell into a "
                            "water basin. Thanks to the online backup, the treasurer found all the "
                            "year's sales on another phone the same day.</blockquote>"
                        ),
                    },
                    "minutes": 9,
                    "required": True,
                    "narration": None,
                },
                {
                    "kind": "quiz",
                    "title": {
                        "fr": "Quiz : registres des ventes et du stock",
                        "ar": "اختبار: سجلات المبيعات والمخزون",
                        "en": "Quiz: sales and stock records",
                    },
                    "pass_mark": 60,
                    "max_attempts": 3,
                    "required": True,
                    "questions": [
                        {
                            "kind": "single",
                            "text": {
                                "fr": "Quand faut-il noter une vente dans le cahier des ventes ?",
                                "ar": "متى يجب تسجيل عملية بيع في دفتر المبيعات؟",
                                "en": "When should you record a sale in the sales book?",
                            },
                            "explanation": {
                                "fr": (
                                    "Le jour même. Après quelques jours, on oublie des ventes ou "
                                    "des montants."
                                ),
                                "ar": "في اليوم نفسه. بعد بضعة أيام، ننسى بعض المبيعات أو المبالغ.",
                                "en": (
                                    "The same day. After a few days, sales or amounts get "
                                    "forgotten."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Le jour même",
                                        "ar": "في اليوم نفسه",
                                        "en": "The same day",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Une fois par an",
                                        "ar": "مرة في السنة",
                                        "en": "Once a year",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Seulement quand un bailleur le demande",
                                        "ar": "فقط عندما يطلب ذلك ممول",
                                        "en": "Only when a funder asks",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Quelles colonnes sont utiles dans un cahier des ventes ? "
                                    "(plusieurs réponses)"
                                ),
                                "ar": "ما الأعمدة المفيدة في دفتر المبيعات؟ (عدة أجوبة)",
                                "en": "Which columns are useful in a sales book? (several answers)",
                            },
                            "explanation": {
                                "fr": (
                                    "Date, produit, quantité, total, canal, paiement et état sont "
                                    "utiles. Le numéro de commande suffit pour retrouver le client "
                                    ": inutile de recopier son adresse."
                                ),
                                "ar": (
                                    "التاريخ، والمنتج، والكمية، والمجموع، وقناة البيع، والأداء، "
                                    "والحالة كلها مفيدة. ويكفي رقم الطلب للعثور على الزبون: لا "
                                    "داعي لنسخ عنوانه."
                                ),
                                "en": (
                                    "Date, product, quantity, total, channel, payment and status "
                                    "are useful. The order number is enough to find the customer: "
                                    "no need to copy their address."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "La date",
                                        "ar": "التاريخ",
                                        "en": "Date",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le produit et la quantité",
                                        "ar": "المنتج والكمية",
                                        "en": "Product and quantity",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Le mode de paiement",
                                        "ar": "طريقة الأداء",
                                        "en": "Payment method",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "L'adresse complète du client",
                                        "ar": "العنوان الكامل للزبون",
                                        "en": "The customer's full address",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Une bouteille cassée doit être notée comme une sortie dans la "
                                    "fiche de stock."
                                ),
                                "ar": "يجب تسجيل القنينة المكسورة كخارج في بطاقة المخزون.",
                                "en": (
                                    'A broken bottle should be recorded as an "out" on the stock '
                                    "card."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Vrai. Sinon, le stock écrit est plus grand que le stock réel, "
                                    "et vous risquez de vendre un produit que vous n'avez pas."
                                ),
                                "ar": (
                                    "صحيح. وإلا أصبح المخزون المكتوب أكبر من المخزون الحقيقي، وقد "
                                    "تبيعون منتجا غير موجود."
                                ),
                                "en": (
                                    "True. Otherwise the written stock is higher than the real "
                                    "stock, and you may sell a product you do not have."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "La fiche dit 62 bouteilles, mais vous en comptez 59. Que "
                                    "faites-vous ?"
                                ),
                                "ar": "تشير البطاقة إلى 62 قنينة، لكنكم تعدّون 59. ماذا تفعلون؟",
                                "en": "The card says 62 bottles, but you count 59. What do you do?",
                            },
                            "explanation": {
                                "fr": (
                                    "On cherche la cause, on corrige la fiche et on met à jour le "
                                    "stock en ligne, pour ne pas vendre des bouteilles qui "
                                    "n'existent pas."
                                ),
                                "ar": (
                                    "نبحث عن السبب، ونصحح البطاقة، ونحدّث المخزون على الإنترنت، "
                                    "حتى لا نبيع قنينات غير موجودة."
                                ),
                                "en": (
                                    "Find the cause, correct the card and update the stock online, "
                                    "so you do not sell bottles that do not exist."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Je ne change rien",
                                        "ar": "لا أغير شيئا",
                                        "en": "I change nothing",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Je cherche la cause, je corrige la fiche et le stock "
                                            "sur CoopLab"
                                        ),
                                        "ar": "أبحث عن السبب وأصحح البطاقة والمخزون على CoopLab",
                                        "en": (
                                            "I find the cause, correct the card and the stock on "
                                            "CoopLab"
                                        ),
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "J'écris 70 pour être tranquille",
                                        "ar": "أكتب 70 لأرتاح",
                                        "en": "I write 70 to be safe",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Pourquoi les registres sont-ils importants ? (plusieurs "
                                    "réponses)"
                                ),
                                "ar": "لماذا تعتبر السجلات مهمة؟ (عدة أجوبة)",
                                "en": "Why are records important? (several answers)",
                            },
                            "explanation": {
                                "fr": (
                                    "Les registres donnent confiance aux membres, aident à décider "
                                    "et renforcent les dossiers auprès des bailleurs. Ils ne "
                                    "remplacent pas les photos des produits."
                                ),
                                "ar": (
                                    "تمنح السجلات الثقة للأعضاء، وتساعد على اتخاذ القرار، وتقوّي "
                                    "الملفات لدى الممولين. لكنها لا تعوض صور المنتجات."
                                ),
                                "en": (
                                    "Records build members' trust, help decisions and strengthen "
                                    "applications to funders. They do not replace product photos."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Les membres voient ce que la coopérative a gagné",
                                        "ar": "يرى الأعضاء ما ربحته التعاونية",
                                        "en": "Members see what the cooperative earned",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Les bailleurs demandent les ventes par mois",
                                        "ar": "يطلب الممولون المبيعات الشهرية",
                                        "en": "Funders ask for monthly sales",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "fr": "Ils remplacent les photos des produits",
                                        "ar": "تعوض صور المنتجات",
                                        "en": "They replace product photos",
                                    },
                                    "correct": False,
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Si le cahier des ventes est seulement sur un téléphone, il "
                                    "n'a pas besoin de sauvegarde."
                                ),
                                "ar": (
                                    "إذا كان دفتر المبيعات موجودا على هاتف واحد فقط، فلا حاجة "
                                    "لنسخة احتياطية."
                                ),
                                "en": (
                                    "If the sales book is only on one phone, it does not need a "
                                    "backup."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Un téléphone peut être perdu, volé ou cassé. Il faut "
                                    "une copie chaque mois : en ligne, par e-mail ou en photo."
                                ),
                                "ar": (
                                    "خطأ. قد يضيع الهاتف أو يُسرق أو ينكسر. يجب الاحتفاظ بنسخة كل "
                                    "شهر: على الإنترنت، أو بالبريد الإلكتروني، أو بالصور."
                                ),
                                "en": (
                                    "False. A phone can be lost, stolen or broken. Keep a copy "
                                    "every month: online, by email or as photos."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Vrai",
                                        "ar": "صحيح",
                                        "en": "True",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "fr": "Faux",
                                        "ar": "خطأ",
                                        "en": "False",
                                    },
                                    "correct": True,
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
}
