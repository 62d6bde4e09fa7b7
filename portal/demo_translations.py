# Translations of the care field and its programmes into fi, ar and so (demo content).
# Written from the English and Swedish texts; not yet checked by a native speaker, so the
# portal shows them as not reviewed.
FIELD_TRANSLATIONS = {
    "vard-och-omsorg": {
        "fi": {
            "name": "Hoito- ja hoiva-ala",
            "summary": (
                "Työskentele lähihoitajana (undersköterska), hoiva-avustajana (vårdbiträde) tai "
                "kotipalvelussa (hemtjänst) – ammateissa, joihin Tukholma tarvitsee paljon uusia "
                "työntekijöitä."
            ),
            "body": (
                "## Miksi hoito- ja hoiva-ala?\n\n"
                "Ikääntyneiden määrä Tukholmassa kasvaa, ja vanhustenhuolto tarvitsee lisää "
                "koulutettua henkilökuntaa sekä kotipalveluun (*hemtjänst*) että hoivakoteihin "
                "(*vård- och omsorgsboenden*). Norra innerstadenin kaupunginosahallinto "
                "kirjoittaa osaamisen turvaamisen suunnitelmassaan (*Kompetensförsörjningsplan "
                "2026*), että koulutetuista lähihoitajista (*undersköterskor*) on kova kilpailu "
                "ja että kotipalveluun on erityisen vaikea rekrytoida. Lähes 400 hallinnon "
                "vakituisesta työntekijästä on 60-vuotiaita tai vanhempia, useimmat heistä "
                "vanhustenhuollossa. Siksi hallinnon täytyy palkata lähivuosina paljon uusia "
                "ihmisiä.\n\n"
                "Halua auttaa löytyy. Keväällä 2020, covid-19-pandemian aikana, 1 611 "
                "tukholmalaista ilmoittautui vapaaehtoiseksi *Bemanna Stockholm* -kampanjan "
                "kautta: 1 222 lisäavuksi hoitoon ja hoivaan, 342 palvelutarpeen arvioijiksi "
                "(*biståndshandläggare*) ja 72 vastavalmistunutta lähihoitajaa "
                "(työmarkkinahallinnon lausunto, *Arbetsmarknadsförvaltningens tjänsteutlåtande "
                "8 december 2020*). Heidän tietonsa piti poistaa GDPR:n mukaisesti, joten "
                "kaupunki ei voinut myöhemmin ottaa heihin yhteyttä. Siksi voit täällä itse "
                "valita, että sinuun otetaan yhteyttä vanhustenhuollon koulutuksista ja töistä – "
                "ja voit perua suostumuksesi milloin haluat.\n\n"
                "## Tiet alalle\n\n"
                "- **Sfi → yhdistelmäkoulutus (*kombinationsutbildning*) → työ.** Opiskelet "
                "ruotsia ja ammatillisia kursseja samaan aikaan, ja saat opiskeluohjausta "
                "äidinkielelläsi. Vuonna 2021 hieman yli 1 300 ihmistä opiskeli kuudella eri "
                "suuntautumisella, useimmiten lähihoitajaksi tai lastenhoitajaksi "
                "(*barnskötare*). Työmarkkinalautakunnan tavoite vuodelle 2022 oli, että 75 % on "
                "töissä kolme kuukautta koulutuksen suorittamisen jälkeen "
                "(työmarkkinalautakunnan talousarvio, *Arbetsmarknadsnämndens budget 2022*).\n"
                "- **Työpolku (*jobbspår*).** Lyhyt koulutus, jonka kaupunki suunnittelee "
                "yhdessä sellaisen työnantajan kanssa, joka haluaa palkata työntekijöitä, "
                "esimerkiksi kotipalvelun tai hoivakodin kanssa.\n"
                "- **Ammatillinen koulutus ja oppisopimuskoulutus Komvuxissa** (kunnallinen "
                "aikuiskoulutus), jos ruotsin taitosi on perusopetuksen tasolla. Tavoite "
                "vuodelle 2022 oli, että 60 % on töissä kolme kuukautta koulutuksen päättymisen "
                "jälkeen (sama lähde).\n"
                "- **Toisen asteen jälkeinen ammatillinen koulutus (*yrkeshögskola*)**, "
                "esimerkiksi apteekkiteknikko tai lääkärisihteeri. Tavoite vuodelle 2022 oli, "
                "että 90 % on töissä kuusi kuukautta tutkinnon jälkeen (sama lähde).\n\n"
                "Etkö tiedä, mikä tie sopii sinulle? Vuxenutbildningscentrumin opinto- ja "
                "uraohjaajat auttavat sinua paikan päällä tai verkossa."
            ),
        },
        "ar": {
            "name": "الرعاية الصحية والاجتماعية",
            "summary": (
                "يمكنك العمل مساعدَ تمريض (undersköterska) أو مساعدَ رعاية (vårdbiträde) أو في "
                "الرعاية المنزلية (hemtjänst) – وهي مهن تحتاج فيها ستوكهولم إلى كثير من الموظفين "
                "الجدد."
            ),
            "body": (
                "## لماذا الرعاية الصحية والاجتماعية؟\n\n"
                "يتزايد عدد كبار السن في ستوكهولم، وتحتاج رعاية المسنين إلى مزيد من الموظفين "
                "المدرَّبين في الرعاية المنزلية (*hemtjänst*) وفي دور الرعاية (*vård- och "
                "omsorgsboenden*). تكتب إدارة حي Norra innerstaden في خطتها لتأمين الكفاءات "
                "(*Kompetensförsörjningsplan 2026*) أن المنافسة كبيرة على مساعدي التمريض "
                "المدرَّبين (*undersköterskor*)، وأن التوظيف في الرعاية المنزلية صعب بشكل خاص. "
                "ما يقارب 400 من موظفيها الدائمين أعمارهم 60 سنة أو أكثر، ومعظمهم يعملون في "
                "رعاية المسنين، لذلك ستحتاج الإدارة إلى توظيف كثير من الأشخاص الجدد في السنوات "
                "القادمة.\n\n"
                "الرغبة في المساعدة موجودة. في ربيع 2020، خلال جائحة كوفيد-19، سجّل 1 611 من "
                "سكان ستوكهولم أنفسهم متطوعين عبر حملة *Bemanna Stockholm* (تزويد ستوكهولم "
                "بالعاملين). منهم 1 222 سجّلوا كمساعدة إضافية في الرعاية، و342 كمقيِّمين "
                "للاحتياجات (*biståndshandläggare*)، و72 كانوا مساعدي تمريض متخرجين حديثًا "
                "(تقرير إدارة سوق العمل، *Arbetsmarknadsförvaltningens tjänsteutlåtande 8 "
                "december 2020*). كان لا بد من حذف بياناتهم وفقًا للائحة العامة لحماية البيانات "
                "(GDPR)، لذلك لم تستطع المدينة التواصل معهم لاحقًا. لهذا يمكنك هنا أن تختار "
                "بنفسك أن يتم التواصل معك بشأن التدريب والوظائف في رعاية المسنين – ويمكنك سحب "
                "موافقتك متى شئت.\n\n"
                "## طرق الدخول إلى المجال\n\n"
                "- **تعلّم السويدية (sfi) ← التعليم المدمج (*kombinationsutbildning*) ← وظيفة.** "
                "تدرس اللغة السويدية والمواد المهنية في الوقت نفسه، مع دعم دراسي بلغتك الأم. في "
                "عام 2021 درس ما يزيد قليلًا على 1 300 شخص في ستة تخصصات، وغالبًا ليصبحوا مساعدي "
                "تمريض أو مساعدي رعاية أطفال (*barnskötare*). كان هدف لجنة سوق العمل لعام 2022 "
                "أن يكون 75 % في عمل بعد ثلاثة أشهر من إتمام الدراسة (ميزانية لجنة سوق العمل، "
                "*Arbetsmarknadsnämndens budget 2022*).\n"
                "- **مسار العمل (*jobbspår*).** تدريب قصير تصممه المدينة مع صاحب عمل يريد "
                "التوظيف، مثل الرعاية المنزلية أو دار رعاية.\n"
                "- **التعليم المهني والتدريب المهني بنظام التلمذة في Komvux** (تعليم الكبار "
                "البلدي)، إذا كانت لغتك السويدية في مستوى المرحلة الأساسية. كان الهدف لعام 2022 "
                "أن يكون 60 % في عمل بعد ثلاثة أشهر من إنهاء الدراسة (المصدر نفسه).\n"
                "- **التعليم المهني العالي (*yrkeshögskola*)**، مثل فني صيدلية أو سكرتير طبي. "
                "كان الهدف لعام 2022 أن يكون 90 % في عمل بعد ستة أشهر من التخرج (المصدر "
                "نفسه).\n\n"
                "لست متأكدًا من الطريق المناسب لك؟ يمكن لمرشدي الدراسة والمهن في "
                "Vuxenutbildningscentrum مساعدتك، حضوريًا أو عبر الإنترنت."
            ),
        },
        "so": {
            "name": "Daryeelka caafimaadka iyo bulshada",
            "summary": (
                "Ka shaqee kalkaaliye caafimaad (undersköterska), caawiye daryeel (vårdbiträde) "
                "ama adeegga daryeelka guriga (hemtjänst) – shaqooyin ay magaalada Stockholm u "
                "baahan tahay dad badan oo cusub."
            ),
            "body": (
                "## Maxaa loo doortaa daryeelka caafimaadka iyo bulshada?\n\n"
                "Tirada dadka waayeelka ah ee Stockholm way sii kordhaysaa. Daryeelka dadka "
                "waayeelka wuxuu u baahan yahay shaqaale tababaran oo dheeraad ah, kuwaas oo ka "
                "shaqeeya adeegga daryeelka guriga (*hemtjänst*) iyo xarumaha daryeelka (*vård- "
                "och omsorgsboenden*). Maamulka degmada Norra innerstaden wuxuu qorshihiisa "
                "xirfadaha (*Kompetensförsörjningsplan 2026*) ku qoray in tartan weyn lagu yahay "
                "kalkaaliyeyaal caafimaad oo tababaran (*undersköterskor*), iyo in si gaar ah ay "
                "u adag tahay in shaqaale loo helo adeegga daryeelka guriga. Ku dhawaad 400 ka "
                "mid ah shaqaalihiisa joogtada ah waxay jiraan 60 sano ama ka badan, intooda "
                "badanna waxay ka shaqeeyaan daryeelka dadka waayeelka. Sidaas darteed sannadaha "
                "soo socda wuxuu u baahan doonaa inuu shaqaaleysiiyo dad badan oo cusub.\n\n"
                "Rabitaanka caawinta waa jiraa. Guga 2020, xilligii cudurka faafa ee Covid-19, "
                "1 611 qof oo Stockholm ku nool ayaa iska diiwaangeliyay inay tabarruc ahaan u "
                "caawiyaan, iyagoo adeegsanaya *Bemanna Stockholm*. 1 222 waxay isu "
                "diiwaangeliyeen caawimaad dheeraad ah oo xagga daryeelka ah, 342 qiimeeyayaal "
                "baahiyaha (*biståndshandläggare*), 72-na waxay ahaayeen kalkaaliyeyaal "
                "caafimaad oo dhawaan qalin jabiyay (warbixinta Maamulka Suuqa Shaqada, "
                "*Arbetsmarknadsförvaltningens tjänsteutlåtande 8 december 2020*). Xogtooda "
                "waxay ahayd in la tirtiro sida uu dhigayo sharciga GDPR, sidaas darteed "
                "magaaladu ma awoodin inay mar dambe la soo xiriirto. Taasi waa sababta aad "
                "halkan adigu ugu dooran karto in lagula soo xiriiro waxbarashooyinka iyo "
                "shaqooyinka daryeelka dadka waayeelka – waxaadna ogolaanshahaaga ka noqon "
                "kartaa markaad doonto.\n\n"
                "## Waddooyinka lagu galo\n\n"
                "- **Sfi → waxbarasho isku-dhafan (*kombinationsutbildning*) → shaqo.** Waxaad "
                "isku mar baranaysaa luqadda iswiidhishka iyo koorsooyin xirfadeed, waxaadna "
                "helaysaa caawimaad waxbarasho oo lagu bixiyo afkaaga hooyo. Sannadkii 2021 wax "
                "yar in ka badan 1 300 qof ayaa wax ku bartay lix jiho oo kala duwan, inta badan "
                "kalkaaliye caafimaad ama caawiye daryeelka carruurta (*barnskötare*). Hadafka "
                "Guddiga Suuqa Shaqada ee 2022 wuxuu ahaa in 75 % ay shaqo haystaan saddex "
                "bilood kadib marka ay dhammeeyaan waxbarashada (miisaaniyadda Guddiga Suuqa "
                "Shaqada, *Arbetsmarknadsnämndens budget 2022*).\n"
                "- **Waddada shaqada (*jobbspår*).** Tababar gaaban oo magaaladu la diyaariso "
                "loo-shaqeeye doonaya inuu shaqaale qaato, tusaale ahaan adeegga daryeelka "
                "guriga ama xarun daryeel.\n"
                "- **Tababar xirfadeed iyo tababar xirfad-barasho (lärlingsutbildning) oo Komvux "
                "ah** (waxbarashada dadka waaweyn ee magaalada), haddii iswiidhishkaagu uu yahay "
                "heerka dugsiga hoose. Hadafka 2022 wuxuu ahaa in 60 % ay shaqo haystaan saddex "
                "bilood kadib marka ay dhammeeyaan waxbarashada (isla ilahaas).\n"
                "- **Waxbarasho xirfadeed oo sare (*yrkeshögskola*)**, tusaale ahaan "
                "farsamayaqaanka farmashiyaha ama xoghayaha caafimaadka. Hadafka 2022 wuxuu ahaa "
                "in 90 % ay shaqo haystaan lix bilood kadib imtixaanka dhammaadka (isla "
                "ilahaas).\n\n"
                "Ma hubtid waddada kugu habboon? La-taliyeyaasha waxbarashada iyo shaqada ee "
                "Vuxenutbildningscentrum ayaa ku caawin kara, adigoo goobta imanaya ama khadka "
                "internetka."
            ),
        },
    },
}
PROGRAMME_TRANSLATIONS = {
    "sfy-vard-och-omsorg-tensta": {
        "fi": {
            "title": "Sfi ammatillisella painotuksella (Sfy) – hoito- ja hoiva-ala",
            "summary": (
                "Opi ruotsia vanhustenhuollon sanojen ja tilanteiden avulla. Ensimmäinen askel "
                "kohti työtä hoiva-alalla."
            ),
            "body": (
                "Sfy tarkoittaa ammatillisesti painotettua sfi-opetusta (*sfi med "
                "yrkesinfärgning*). Opiskelet sfi-ruotsia, mutta tekstit, sanat ja harjoitukset "
                "tulevat hoito- ja hoiva-alalta: miten autetaan ihmistä syömään, kysytään toisen "
                "vointia, luetaan työvuorolistaa ja ymmärretään hygieniasäännöt.\n\n"
                "Koulutus on tarkoitettu sinulle, joka olet käynyt koulua vain vähän aikaa. Saat "
                "kielitukea äidinkielelläsi ja ylimääräistä opinto- ja uraohjausta, ja opit "
                "tietokoneen ja puhelimen käytön perusteet. Koulutuksen aikana vierailet "
                "hoivakodissa (*vård- och omsorgsboende*) ja kotipalvelussa (*hemtjänst*), jotta "
                "näet, miten työtä tehdään.\n\n"
                "Sfy:n jälkeen voit hakea hoiva-avustajien (*vårdbiträde*) "
                "yhdistelmäkoulutukseen (*kombinationsutbildning*), jonka voi aloittaa jo "
                "alemmalla ruotsin kielen tasolla."
            ),
            "prerequisites": (
                "Olet kirjoilla Tukholman kaupungissa ja olet käynyt koulua enintään kuusi "
                "vuotta. Olet kiinnostunut työskentelemään ikääntyneiden ihmisten kanssa."
            ),
            "occupation": "Hoiva-avustaja (vårdbiträde) jatko-opintojen jälkeen",
        },
        "ar": {
            "title": "اللغة السويدية للمهاجرين بتوجّه مهني (Sfy) – الرعاية الصحية والاجتماعية",
            "summary": (
                "تعلّم السويدية من خلال كلمات ومواقف من رعاية المسنين. خطوة أولى نحو وظيفة في "
                "مجال الرعاية."
            ),
            "body": (
                "كلمة Sfy تعني دراسة sfi (اللغة السويدية للمهاجرين) بتوجّه مهني (*sfi med "
                "yrkesinfärgning*). تدرس sfi، لكن النصوص والكلمات والتمارين مأخوذة من مجال "
                "الرعاية الصحية والاجتماعية: كيف تساعد شخصًا على الأكل، وكيف تسأل شخصًا عن حاله، "
                "وكيف تقرأ جدول المناوبات، وكيف تفهم قواعد النظافة الصحية.\n\n"
                "هذا التعليم موجّه للأشخاص الذين درسوا سنوات قليلة في المدرسة. تحصل على دعم لغوي "
                "بلغتك الأم وعلى إرشاد دراسي ومهني إضافي، وتتعلم أساسيات استخدام الكمبيوتر "
                "والهاتف. خلال الدراسة تزور دار رعاية (*vård- och omsorgsboende*) وخدمة الرعاية "
                "المنزلية (*hemtjänst*)، لكي ترى كيف يتم العمل.\n\n"
                "بعد Sfy يمكنك التقدم إلى التعليم المدمج (*kombinationsutbildning*) لمساعدي "
                "الرعاية (*vårdbiträde*)، والذي يمكن أن تبدأه بمستوى أقل في اللغة السويدية."
            ),
            "prerequisites": (
                "أنت مسجَّل في سجل السكان (folkbokförd) في مدينة ستوكهولم، ودرست في المدرسة ست "
                "سنوات على الأكثر. أنت مهتم بالعمل مع كبار السن."
            ),
            "occupation": "مساعد رعاية (vårdbiträde) بعد دراسة إضافية",
        },
        "so": {
            "title": "Sfi ku saleysan xirfad (Sfy) – daryeelka caafimaadka iyo bulshada",
            "summary": (
                "Baro iswiidhishka adigoo adeegsanaya erayo iyo xaalado ka yimid daryeelka dadka "
                "waayeelka. Tallaabo koowaad oo ku wajahan shaqo xagga daryeelka ah."
            ),
            "body": (
                "Sfy macnaheedu waa sfi ku saleysan xirfad (*sfi med yrkesinfärgning*). Waxaad "
                "dhigataa sfi, laakiin qoraallada, erayada iyo layliyada waxay ka yimaadaan "
                "daryeelka caafimaadka iyo bulshada: sida qof looga caawiyo inuu wax cuno, sida "
                "qof loo weydiiyo sida uu yahay, sida loo akhriyo jadwalka shaqada iyo sida loo "
                "fahmo xeerarka nadaafadda.\n\n"
                "Waxbarashadan waxaa loogu talagalay dadka muddo gaaban dugsi dhigtay. Waxaad "
                "helaysaa taageero luqadeed oo afkaaga hooyo ah iyo hagid waxbarasho iyo shaqo "
                "oo dheeraad ah, waxaadna baranaysaa aasaaska isticmaalka kombiyuutarka iyo "
                "taleefanka. Inta lagu jiro waxbarashada waxaad booqanaysaa xarun daryeel "
                "(*vård- och omsorgsboende*) iyo adeegga daryeelka guriga (*hemtjänst*), si aad "
                "u aragto sida shaqada loo qabto.\n\n"
                "Sfy kadib waxaad codsan kartaa waxbarashada isku-dhafan "
                "(*kombinationsutbildning*) ee caawiyeyaasha daryeelka (*vårdbiträde*), taas oo "
                "lagu bilaabi karo heer hoose oo iswiidhish ah."
            ),
            "prerequisites": (
                "Waxaad ka diiwaangashan tahay magaalada Stockholm, waxaadna dugsi dhigatay ugu "
                "badnaan lix sano. Waxaad xiiseyneysaa inaad la shaqeyso dadka waayeelka ah."
            ),
            "occupation": "Caawiye daryeel (vårdbiträde) – kadib waxbarasho dheeraad ah",
        },
    },
    "demensvard-kurs-ostermalm": {
        "fi": {
            "title": "Muistisairaan ihmisen hoito ja hoiva",
            "summary": (
                "Puolipäiväinen toisen asteen kurssi muistisairauksista ja hyvästä, "
                "kunnioittavasta kohtaamisesta – sinulle, joka työskentelet tai haluat "
                "työskennellä vanhustenhuollossa."
            ),
            "body": (
                "Monilla ikääntyneillä, jotka saavat kotipalvelua tai asuvat hoivakodissa, on "
                "muistisairaus. Norra innerstadenin kaupunginosahallinto kirjoittaa osaamisen "
                "turvaamisen suunnitelmassaan vuodelle 2026, että kaikissa yksiköissä pitää olla "
                "hyvä tietämys kognitiivisista sairauksista ja muistisairauksista. Hallinto "
                "jatkaa henkilöstönsä kouluttamista tällä alueella.\n\n"
                "Kurssilla opit eri muistisairauksista ja siitä, miten ne vaikuttavat ihmisen "
                "arkeen. Harjoittelet henkilökeskeistä hoitoa, levottomuuden ehkäisemistä sekä "
                "yhteistyötä omaisten ja työtovereiden kanssa.\n\n"
                "Kurssin laajuus on 100 toisen asteen opintopistettä (*gymnasiepoäng*), ja se "
                "kuuluu lähihoitajan (*undersköterska*) koulutukseen. Voit opiskella "
                "puolipäiväisesti luokassa Östermalmilla tai videoyhteyden kautta työsi ohella."
            ),
            "prerequisites": (
                "Ruotsi toisena kielenä (SVA) perusopetuksen tasolla tai vastaavat taidot. Olet "
                "kirjoilla Tukholman kaupungissa. Kokemus hoitotyöstä on hyödyksi, mutta sitä ei "
                "vaadita."
            ),
            "occupation": (
                "Lähihoitaja (undersköterska) tai hoiva-avustaja (vårdbiträde), jolla on "
                "muistisairauksien osaamista"
            ),
        },
        "ar": {
            "title": "رعاية الأشخاص المصابين بالخرف",
            "summary": (
                "دورة بمستوى المرحلة الثانوية بنصف دوام عن الخرف وعن الرعاية الجيدة والمحترِمة – "
                "لمن يعمل أو يريد العمل في رعاية المسنين."
            ),
            "body": (
                "كثير من كبار السن الذين يحصلون على الرعاية المنزلية أو يعيشون في دور الرعاية "
                "مصابون بالخرف. تكتب إدارة حي Norra innerstaden في خطتها لتأمين الكفاءات لعام "
                "2026 أنه يجب أن تتوفر في كل وحدة معرفة جيدة بالأمراض الإدراكية والخرف، وتواصل "
                "الإدارة تدريب موظفيها في هذا المجال.\n\n"
                "في الدورة تتعلم عن أنواع الخرف المختلفة وكيف تؤثر على الحياة اليومية للإنسان. "
                "تتدرب على الرعاية المتمحورة حول الشخص، وعلى الوقاية من القلق، وعلى التعاون مع "
                "الأقارب والزملاء.\n\n"
                "تمنحك الدورة 100 نقطة دراسية من المرحلة الثانوية (*gymnasiepoäng*)، وهي جزء من "
                "تدريب مساعد التمريض (*undersköterska*). يمكنك دراستها بنصف دوام، في الصف في "
                "Östermalm أو عبر رابط فيديو، إلى جانب عملك."
            ),
            "prerequisites": (
                "السويدية كلغة ثانية (SVA) في مستوى المرحلة الأساسية أو ما يعادله. أنت مسجَّل في "
                "سجل السكان (folkbokförd) في مدينة ستوكهولم. الخبرة في مجال الرعاية مفيدة لكنها "
                "ليست شرطًا."
            ),
            "occupation": (
                "مساعد تمريض (undersköterska) أو مساعد رعاية (vårdbiträde) لديه كفاءة في رعاية "
                "مرضى الخرف"
            ),
        },
        "so": {
            "title": "Daryeelka dadka qaba xanuunka xusuus-lumka (demens)",
            "summary": (
                "Koorso heer dugsi sare ah oo nus-waqti ah, oo ku saabsan xusuus-lumka iyo "
                "daryeel wanaagsan oo ixtiraam leh – loogu talagalay dadka ka shaqeeya ama "
                "doonaya inay ka shaqeeyaan daryeelka dadka waayeelka."
            ),
            "body": (
                "Dad badan oo waayeel ah oo hela adeegga daryeelka guriga ama ku nool xarumaha "
                "daryeelka ayaa qaba xanuunka xusuus-lumka. Maamulka degmada Norra innerstaden "
                "wuxuu qorshihiisa xirfadaha ee 2026 ku qoray in qayb kasta ay lahaato aqoon "
                "wanaagsan oo ku saabsan cudurrada garashada iyo xusuus-lumka, wuxuuna sii wadaa "
                "inuu shaqaalihiisa ku tababaro arrintan.\n\n"
                "Koorsada waxaad ku baranaysaa noocyada kala duwan ee xusuus-lumka iyo sida ay u "
                "saameeyaan nolosha maalinlaha ah ee qofka. Waxaad ku tababaranaysaa daryeel "
                "diiradda saara qofka, ka hortagga walwalka, iyo la shaqeynta qaraabada iyo "
                "asxaabta shaqada.\n\n"
                "Koorsadu waxay ku siinaysaa 100 dhibcood oo dugsi sare ah (*gymnasiepoäng*), "
                "waxayna qayb ka tahay tababarka kalkaaliyaha caafimaadka (*undersköterska*). "
                "Waxaad u dhigan kartaa nus-waqti, fasalka ku yaal Östermalm ama isku xirka "
                "fiidiyowga, adigoo shaqadaada sii wata."
            ),
            "prerequisites": (
                "Iswiidhish luqad labaad ahaan (SVA) heerka dugsiga hoose ama wax u dhigma. "
                "Waxaad ka diiwaangashan tahay magaalada Stockholm. Khibrad daryeel ah way "
                "fiican tahay, laakiin looma baahna."
            ),
            "occupation": (
                "Kalkaaliye caafimaad (undersköterska) ama caawiye daryeel (vårdbiträde) oo "
                "aqoon u leh xusuus-lumka"
            ),
        },
    },
    "kombinationsutbildning-underskoterska-jarva": {
        "fi": {
            "title": "Lähihoitaja ja ruotsi toisena kielenä – Järva",
            "summary": (
                "Kouluttaudu lähihoitajaksi samalla, kun parannat ruotsin kielen taitoasi. "
                "Opiskelet sfi:tä tai SVA:ta ja hoitoalan kursseja samassa koulutuksessa."
            ),
            "body": (
                "Yhdistelmäkoulutuksessa (*kombinationsutbildning*) opiskelet ruotsia ja "
                "ammatillisia kursseja samaan aikaan, joten sinun ei tarvitse ensin suorittaa "
                "sfi-opintoja loppuun. Lähihoitaja (*undersköterska*) on lastenhoitajan ohella "
                "yleisin suuntautuminen, ja vanhustenhuollon työnantajat tarvitsevat paljon "
                "uusia lähihoitajia.\n\n"
                "Opiskelet toisen asteen hoito- ja hoiva-alan kursseja – esimerkiksi hoitotyötä, "
                "anatomiaa, psykiatriaa ja muistisairauksia – samaan aikaan sfi:n tai ruotsi "
                "toisena kielenä -opintojen kanssa. Ruotsin tunnit rakentuvat ammatin ympärille. "
                "Saat opiskeluohjausta äidinkielelläsi, jotta vaikeat käsitteet voidaan selittää "
                "sinulle kielellä, jota ymmärrät.\n\n"
                "Suuri osa koulutuksesta on työpaikalla tapahtuvaa oppimista (APL) "
                "kotipalvelussa ja hoivakodeissa Järvan alueella. Siellä saat työkokemusta ja "
                "tapaat tulevia työnantajia. Koulutuksen jälkeen voit hakea Socialstyrelsenilta "
                "(Ruotsin sosiaalihallitus) todistusta suojatusta ammattinimikkeestä "
                "*undersköterska*."
            ),
            "prerequisites": (
                "Ruotsin kielen taito sfi-kurssin C tasolla. Olet kirjoilla Tukholman "
                "kaupungissa ja haluat työskennellä ihmisten parissa hoito- ja hoiva-alalla."
            ),
            "occupation": "Lähihoitaja (undersköterska)",
        },
        "ar": {
            "title": "مساعد تمريض مع السويدية كلغة ثانية – Järva",
            "summary": (
                "تدرّب لتصبح مساعد تمريض بينما تحسّن لغتك السويدية. تدرس sfi أو SVA ومواد "
                "الرعاية في البرنامج نفسه."
            ),
            "body": (
                "في التعليم المدمج (*kombinationsutbildning*) تدرس اللغة السويدية والمواد "
                "المهنية في الوقت نفسه، فلا تحتاج إلى إنهاء sfi أولًا. مساعد التمريض "
                "(*undersköterska*) هو، إلى جانب مساعد رعاية الأطفال، التخصص الأكثر شيوعًا، "
                "وأصحاب العمل في رعاية المسنين يحتاجون إلى كثير من مساعدي التمريض الجدد.\n\n"
                "تدرس مواد الرعاية الصحية والاجتماعية في المرحلة الثانوية – مثل الرعاية "
                "التمريضية والتشريح والطب النفسي والخرف – بالتوازي مع sfi أو السويدية كلغة "
                "ثانية. دروس اللغة السويدية مبنية حول المهنة. تحصل على دعم دراسي بلغتك الأم، لكي "
                "تُشرح لك المفاهيم الصعبة بلغة تفهمها.\n\n"
                "جزء كبير من البرنامج هو التعلّم في مكان العمل (APL) في الرعاية المنزلية ودور "
                "الرعاية في منطقة Järva، حيث تكتسب خبرة عملية وتلتقي بأصحاب عمل في المستقبل. بعد "
                "ذلك يمكنك أن تتقدم بطلب إلى مجلس الشؤون الاجتماعية والصحة (Socialstyrelsen) "
                "للحصول على إثبات اللقب المهني المحمي *undersköterska*."
            ),
            "prerequisites": (
                "مستوى في اللغة السويدية يعادل الدورة C من sfi. أنت مسجَّل في سجل السكان "
                "(folkbokförd) في مدينة ستوكهولم وتريد العمل مع الناس في مجال الرعاية."
            ),
            "occupation": "مساعد تمريض (undersköterska)",
        },
        "so": {
            "title": "Kalkaaliye caafimaad oo leh iswiidhish luqad labaad ahaan – Järva",
            "summary": (
                "Isu tababar kalkaaliye caafimaad adigoo sidoo kale hagaajinaya iswiidhishkaaga. "
                "Waxaad isla waxbarashada ku dhigataa sfi ama SVA iyo koorsooyinka daryeelka."
            ),
            "body": (
                "Waxbarashada isku-dhafan (*kombinationsutbildning*) waxaad isku mar ku "
                "baranaysaa iswiidhishka iyo koorsooyin xirfadeed, sidaas darteed uma baahnid "
                "inaad marka hore dhammeyso sfi. Kalkaaliye caafimaad (*undersköterska*) waa, ka "
                "sokow caawiyaha daryeelka carruurta, jihada ugu badan ee la doorto, "
                "loo-shaqeeyayaasha daryeelka dadka waayeelkuna waxay u baahan yihiin "
                "kalkaaliyeyaal caafimaad oo badan oo cusub.\n\n"
                "Waxaad qaadanaysaa koorsooyinka dugsiga sare ee daryeelka caafimaadka iyo "
                "bulshada – sida daryeelka bukaanka, anatomiga (qaabdhismeedka jirka), "
                "caafimaadka maskaxda (psykiatri) iyo xusuus-lumka – oo ay weheliso sfi ama "
                "iswiidhish luqad labaad ahaan. Casharrada iswiidhishka waxaa lagu dhisay "
                "shaqada. Waxaad helaysaa caawimaad waxbarasho oo afkaaga hooyo ah, si fikradaha "
                "adag laguugu sharraxo luqad aad fahmayso.\n\n"
                "Qayb weyn oo waxbarashada ka mid ah waa barashada goobta shaqada (APL) ee "
                "adeegga daryeelka guriga iyo xarumaha daryeelka ee aagga Järva. Halkaas waxaad "
                "ka helaysaa khibrad shaqo, waxaadna kula kulmaysaa loo-shaqeeyayaal "
                "mustaqbalka. Waxbarashada kadib waxaad Socialstyrelsen (Guddiga Qaranka ee "
                "Caafimaadka iyo Arrimaha Bulshada) ka codsan kartaa caddeynta magaca xirfadeed "
                "ee la ilaaliyo ee *undersköterska*."
            ),
            "prerequisites": (
                "Iswiidhish heerka koorsada C ee sfi. Waxaad ka diiwaangashan tahay magaalada "
                "Stockholm, waxaadna doonaysaa inaad dadka la shaqeyso xagga daryeelka."
            ),
            "occupation": "Kalkaaliye caafimaad (undersköterska)",
        },
    },
    "kombinationsutbildning-underskoterska-skarholmen": {
        "fi": {
            "title": "Lähihoitaja ja ruotsi toisena kielenä – Skärholmen",
            "summary": (
                "Lähihoitajien yhdistelmäkoulutus Skärholmenissa: ruotsi ja hoitoalan kurssit "
                "samassa lukujärjestyksessä."
            ),
            "body": (
                "Tämä yhdistelmäkoulutus (*kombinationsutbildning*) johtaa lähihoitajan "
                "(*undersköterska*) työhön. Opiskelet ruotsia – sfi:tä tai ruotsia toisena "
                "kielenä – yhdessä toisen asteen hoito- ja hoiva-alan kurssien kanssa. Ruotsin "
                "ja hoitoalan opettajat suunnittelevat opetuksen yhdessä, joten harjoittelet "
                "koko ajan sanoja ja tekstejä, joita kohtaat työssä.\n\n"
                "Saat opiskeluohjausta äidinkielelläsi ja lisätukea, kun tarvitset sitä. "
                "Koulutuksen aikana olet useita jaksoja työpaikalla tapahtuvassa oppimisessa "
                "(APL) hoivakodeissa ja kotipalvelussa eteläisissä lähiöissä (*söderort*).\n\n"
                "Opetus on päiväsaikaan Skärholmenin keskustassa. Kaupunki haluaa erityisesti "
                "tavoittaa enemmän naisia ja nuoria laitakaupungilla (*ytterstaden*) – ota "
                "yhteyttä, vaikka et olisi aiemmin tehnyt töitä Ruotsissa."
            ),
            "prerequisites": (
                "Ruotsin kielen taito sfi-kurssin C tasolla. Olet kirjoilla Tukholman kaupungissa."
            ),
            "occupation": "Lähihoitaja (undersköterska)",
        },
        "ar": {
            "title": "مساعد تمريض مع السويدية كلغة ثانية – Skärholmen",
            "summary": (
                "تعليم مدمج لمساعدي التمريض في Skärholmen: اللغة السويدية ومواد الرعاية في جدول "
                "دراسي واحد."
            ),
            "body": (
                "يؤهلك هذا التعليم المدمج (*kombinationsutbildning*) للعمل مساعدَ تمريض "
                "(*undersköterska*). تدرس اللغة السويدية – sfi أو السويدية كلغة ثانية – مع مواد "
                "الرعاية الصحية والاجتماعية في المرحلة الثانوية. يخطط معلمو السويدية ومعلمو مواد "
                "الرعاية الدروس معًا، لكي تتدرب باستمرار على الكلمات والنصوص التي ستقابلها في "
                "العمل.\n\n"
                "تحصل على دعم دراسي بلغتك الأم وعلى مساعدة إضافية عندما تحتاج إليها. خلال "
                "البرنامج تقضي عدة فترات من التعلّم في مكان العمل (APL) في دور الرعاية والرعاية "
                "المنزلية في الضواحي الجنوبية (*söderort*).\n\n"
                "الدروس نهارية في مركز Skärholmen. تريد المدينة بشكل خاص الوصول إلى المزيد من "
                "النساء والشباب في الضواحي الخارجية (*ytterstaden*) – لا تتردد في التواصل حتى لو "
                "لم تعمل في السويد من قبل."
            ),
            "prerequisites": (
                "مستوى في اللغة السويدية يعادل الدورة C من sfi. أنت مسجَّل في سجل السكان "
                "(folkbokförd) في مدينة ستوكهولم."
            ),
            "occupation": "مساعد تمريض (undersköterska)",
        },
        "so": {
            "title": "Kalkaaliye caafimaad oo leh iswiidhish luqad labaad ahaan – Skärholmen",
            "summary": (
                "Waxbarasho isku-dhafan oo loogu talagalay kalkaaliyeyaasha caafimaadka ee "
                "Skärholmen: iswiidhish iyo koorsooyin daryeel oo isku jadwal ah."
            ),
            "body": (
                "Waxbarashadan isku-dhafan (*kombinationsutbildning*) waxay kuu horseedaysaa "
                "shaqada kalkaaliyaha caafimaadka (*undersköterska*). Waxaad dhigataa iswiidhish "
                "– sfi ama iswiidhish luqad labaad ahaan – iyo koorsooyinka dugsiga sare ee "
                "daryeelka caafimaadka iyo bulshada. Macallimiinta iswiidhishka iyo kuwa "
                "daryeelka ayaa casharrada wada qorsheeya, si aad had iyo jeer ugu tababarato "
                "erayada iyo qoraallada aad shaqada kula kulmi doonto.\n\n"
                "Waxaad helaysaa caawimaad waxbarasho oo afkaaga hooyo ah iyo taageero dheeraad "
                "ah markaad u baahato. Inta lagu jiro waxbarashada waxaad dhowr mar u baxaysaa "
                "barashada goobta shaqada (APL) ee xarumaha daryeelka iyo adeegga daryeelka "
                "guriga ee xaafadaha koonfureed (*söderort*).\n\n"
                "Casharradu waa maalintii, bartamaha Skärholmen. Magaaladu waxay si gaar ah u "
                "doonaysaa inay gaarto haween iyo dhallinyaro badan oo ku nool xaafadaha fogfog "
                "(*ytterstaden*) – fadlan soo xiriir xitaa haddii aadan hore uga shaqeyn "
                "Iswiidhan."
            ),
            "prerequisites": (
                "Iswiidhish heerka koorsada C ee sfi. Waxaad ka diiwaangashan tahay magaalada "
                "Stockholm."
            ),
            "occupation": "Kalkaaliye caafimaad (undersköterska)",
        },
    },
    "kombinationsutbildning-underskoterska-farsta": {
        "fi": {
            "title": "Lähihoitaja ja ruotsi toisena kielenä – Farsta",
            "summary": (
                "Lähihoitajien yhdistelmäkoulutus sinulle, joka olet suorittanut sfi-kurssin D. "
                "Voit osallistua myös videon kautta."
            ),
            "body": (
                "Oletko suorittanut sfi-kurssin D? Tässä yhdistelmäkoulutuksessa "
                "(*kombinationsutbildning*) opiskelet ruotsia toisena kielenä yhdessä toisen "
                "asteen hoitoalan kurssien kanssa ja valmistut lähihoitajaksi (*undersköterska*) "
                "noin puolessatoista vuodessa.\n\n"
                "Opit hoitotyötä, terveydenhoitoa, etiikkaa ja ihmisten kunnioittavaa "
                "kohtaamista sekä sen, miten hoitotyössä kirjataan ja raportoidaan. Ruotsin "
                "kieli liittyy aina ammattiin. Opiskeluohjausta äidinkielellä on tarjolla, jos "
                "tarvitset sitä.\n\n"
                "Teoriatunnit ovat hybridimuotoisia: voit olla luokassa Farstassa tai osallistua "
                "videon kautta niinä päivinä, kun et pääse paikalle. Käytännön harjoitukset ja "
                "työpaikalla tapahtuva oppiminen (APL) ovat paikan päällä, kotipalvelussa ja "
                "hoivakodeissa."
            ),
            "prerequisites": (
                "Hyväksytty sfi-kurssi D tai vastaavat taidot. Olet kirjoilla Tukholman "
                "kaupungissa."
            ),
            "occupation": "Lähihoitaja (undersköterska)",
        },
        "ar": {
            "title": "مساعد تمريض مع السويدية كلغة ثانية – Farsta",
            "summary": (
                "تعليم مدمج لمساعدي التمريض إذا كنت قد أنهيت الدورة D من sfi، مع إمكانية "
                "المشاركة عبر الفيديو."
            ),
            "body": (
                "هل نجحت في الدورة D من sfi؟ في هذا التعليم المدمج (*kombinationsutbildning*) "
                "تدرس السويدية كلغة ثانية مع مواد الرعاية في المرحلة الثانوية، وتتأهل لتصبح "
                "مساعد تمريض (*undersköterska*) في نحو سنة ونصف.\n\n"
                "تتعلم الرعاية التمريضية والرعاية الصحية والأخلاقيات المهنية وكيف تتعامل مع "
                "الناس باحترام، وكيف توثّق المعلومات وتقدّم التقارير في مجال الرعاية. اللغة "
                "السويدية مرتبطة دائمًا بالمهنة. يتوفر دعم دراسي بلغتك الأم إذا احتجت إليه.\n\n"
                "الدروس النظرية هجينة: يمكنك أن تكون في الصف في Farsta أو أن تشارك عبر الفيديو "
                "في الأيام التي لا تستطيع فيها الحضور. أما التمارين العملية والتعلّم في مكان "
                "العمل (APL) فتكون حضوريًا، في الرعاية المنزلية ودور الرعاية."
            ),
            "prerequisites": (
                "النجاح في الدورة D من sfi أو معارف تعادلها. أنت مسجَّل في سجل السكان "
                "(folkbokförd) في مدينة ستوكهولم."
            ),
            "occupation": "مساعد تمريض (undersköterska)",
        },
        "so": {
            "title": "Kalkaaliye caafimaad oo leh iswiidhish luqad labaad ahaan – Farsta",
            "summary": (
                "Waxbarasho isku-dhafan oo kalkaaliye caafimaad ah haddii aad dhammaysay "
                "koorsada D ee sfi. Waxaad sidoo kale ka qayb geli kartaa adigoo adeegsanaya "
                "fiidiyow."
            ),
            "body": (
                "Ma ku guuleysatay koorsada D ee sfi? Waxbarashadan isku-dhafan "
                "(*kombinationsutbildning*) waxaad ku dhigataa iswiidhish luqad labaad ahaan iyo "
                "koorsooyinka daryeelka ee dugsiga sare, waxaadna noqonaysaa kalkaaliye "
                "caafimaad (*undersköterska*) qiyaastii sannad iyo badh gudahood.\n\n"
                "Waxaad baranaysaa daryeelka bukaanka, daryeelka caafimaadka, anshaxa iyo sida "
                "dadka loola dhaqmo si ixtiraam leh, iyo sida wax loo diiwaangeliyo oo warbixin "
                "loo bixiyo xagga daryeelka. Iswiidhishku had iyo jeer wuxuu la xiriiraa "
                "shaqada. Caawimaad waxbarasho oo afkaaga hooyo ah ayaa la heli karaa haddii aad "
                "u baahato.\n\n"
                "Casharrada aragtida waa isku-dhaf (hybrid): waxaad joogi kartaa fasalka Farsta, "
                "ama waxaad ku soo biiri kartaa fiidiyow maalmaha aadan iman karin. Layliyada "
                "ficilka ah iyo barashada goobta shaqada (APL) waxay ka dhacaan goobta, adeegga "
                "daryeelka guriga iyo xarumaha daryeelka."
            ),
            "prerequisites": (
                "Inaad ku guuleysatay koorsada D ee sfi ama aad leedahay aqoon u dhiganta. "
                "Waxaad ka diiwaangashan tahay magaalada Stockholm."
            ),
            "occupation": "Kalkaaliye caafimaad (undersköterska)",
        },
    },
    "kombinationsutbildning-underskoterska-vallingby": {
        "fi": {
            "title": "Lähihoitaja ja ruotsi toisena kielenä – Vällingby",
            "summary": (
                "Lähihoitajien yhdistelmäkoulutus läntisissä lähiöissä (Västerort). Työpaikalla "
                "tapahtuva oppiminen on vanhustenhuollossa lähellä sinua."
            ),
            "body": (
                "Tämä yhdistelmäkoulutus (*kombinationsutbildning*) on tarkoitettu sinulle, joka "
                "asut läntisissä lähiöissä (Västerort) ja haluat työskennellä hoito- ja "
                "hoiva-alalla. Opiskelet sfi:tä tai ruotsia toisena kielenä samaan aikaan toisen "
                "asteen hoitoalan kurssien kanssa, ja joka viikko sinulla on sekä ruotsin että "
                "ammattiaineiden tunteja.\n\n"
                "Opit antamaan hyvää hoitoa, ymmärtämään ikääntyneiden yleisiä sairauksia, "
                "työskentelemään muistisairaiden ja mielenterveysongelmista kärsivien ihmisten "
                "kanssa sekä tekemään yhteistyötä sairaanhoitajien ja omaisten kanssa. "
                "Opiskeluohjaus äidinkielelläsi kuuluu koulutukseen.\n\n"
                "Työpaikalla tapahtuva oppiminen (APL) on hoivakodeissa ja kotipalvelussa "
                "Västerortissa. Yhdistelmäkoulutukset tekevät tiivistä yhteistyötä työnantajien "
                "kanssa, ja työmarkkinahallinnon (*Arbetsmarknadsförvaltningen*) mukaan suurin "
                "osa koulutuksen suorittaneista on saanut työpaikan."
            ),
            "prerequisites": (
                "Ruotsin kielen taito sfi-kurssin C tasolla. Olet kirjoilla Tukholman kaupungissa."
            ),
            "occupation": "Lähihoitaja (undersköterska)",
        },
        "ar": {
            "title": "مساعد تمريض مع السويدية كلغة ثانية – Vällingby",
            "summary": (
                "تعليم مدمج لمساعدي التمريض في الضواحي الغربية (Västerort)، مع التعلّم في مكان "
                "العمل في رعاية المسنين بالقرب منك."
            ),
            "body": (
                "هذا التعليم المدمج (*kombinationsutbildning*) موجّه لمن يسكن في الضواحي الغربية "
                "(Västerort) ويريد العمل في مجال الرعاية. تدرس sfi أو السويدية كلغة ثانية "
                "بالتوازي مع مواد الرعاية في المرحلة الثانوية، ولديك كل أسبوع دروس في اللغة "
                "السويدية ودروس مهنية.\n\n"
                "تتعلم تقديم رعاية تمريضية جيدة، وفهم الأمراض الشائعة لدى كبار السن، والعمل مع "
                "الأشخاص المصابين بالخرف أو بمشكلات الصحة النفسية، والتعاون مع الممرضين "
                "والأقارب. الدعم الدراسي بلغتك الأم جزء من البرنامج.\n\n"
                "يتم التعلّم في مكان العمل (APL) في دور الرعاية والرعاية المنزلية في Västerort. "
                "تتعاون برامج التعليم المدمج بشكل وثيق مع أصحاب العمل، ووفقًا لإدارة سوق العمل "
                "(*Arbetsmarknadsförvaltningen*) فإن أغلبية من يكملونها قد حصلوا على وظيفة."
            ),
            "prerequisites": (
                "مستوى في اللغة السويدية يعادل الدورة C من sfi. أنت مسجَّل في سجل السكان "
                "(folkbokförd) في مدينة ستوكهولم."
            ),
            "occupation": "مساعد تمريض (undersköterska)",
        },
        "so": {
            "title": "Kalkaaliye caafimaad oo leh iswiidhish luqad labaad ahaan – Vällingby",
            "summary": (
                "Waxbarasho isku-dhafan oo kalkaaliye caafimaad ah oo ka dhacda xaafadaha "
                "galbeed (Västerort). Barashada goobta shaqada waxay ka dhacdaa daryeelka dadka "
                "waayeelka ee kuu dhow."
            ),
            "body": (
                "Waxbarashadan isku-dhafan (*kombinationsutbildning*) waxaa loogu talagalay "
                "dadka ku nool xaafadaha galbeed (Västerort) ee doonaya inay ka shaqeeyaan "
                "daryeelka. Waxaad isku mar dhigataa sfi ama iswiidhish luqad labaad ahaan iyo "
                "koorsooyinka daryeelka ee dugsiga sare, toddobaad kastana waxaad leedahay "
                "casharro iswiidhish ah iyo casharro xirfadeed labadaba.\n\n"
                "Waxaad baranaysaa sida loo bixiyo daryeel wanaagsan, sida loo fahmo cudurrada "
                "ku badan dadka waayeelka, sida loola shaqeeyo dadka qaba xusuus-lumka ama "
                "dhibaatooyinka caafimaadka maskaxda, iyo sida loola shaqeeyo kalkaaliyeyaasha "
                "diiwaangashan (*sjuksköterskor*) iyo qaraabada. Caawimaad waxbarasho oo afkaaga "
                "hooyo ah ayaa ku jirta.\n\n"
                "Barashada goobta shaqada (APL) waxay ka dhacdaa xarumaha daryeelka iyo adeegga "
                "daryeelka guriga ee Västerort. Waxbarashooyinka isku-dhafan waxay si dhow ula "
                "shaqeeyaan loo-shaqeeyayaasha. Sida uu sheegay Maamulka Suuqa Shaqada "
                "(*Arbetsmarknadsförvaltningen*), inta badan dadka dhammeeya waxbarashada waxay "
                "heleen shaqo."
            ),
            "prerequisites": (
                "Iswiidhish heerka koorsada C ee sfi. Waxaad ka diiwaangashan tahay magaalada "
                "Stockholm."
            ),
            "occupation": "Kalkaaliye caafimaad (undersköterska)",
        },
    },
    "kombinationsutbildning-vardbitrade-tensta": {
        "fi": {
            "title": "Hoiva-avustaja ja sfi – aloita jo kurssin B jälkeen",
            "summary": (
                "Hoiva-avustajien yhdistelmäkoulutus, jonka voit aloittaa vähäiselläkin ruotsin "
                "taidolla. Saat lisätukea koko koulutuksen ajan."
            ),
            "body": (
                "Tämä on yksi uusista yhdistelmäkoulutuksista (*kombinationsutbildningar*), "
                "jotka voi aloittaa alemmalla ruotsin kielen tasolla – voit hakea, kun olet "
                "suorittanut sfi-kurssin B. Opiskelet sfi:tä ja hoiva-avustajan (*vårdbiträde*) "
                "ammattipakettia (*yrkespaket*) samaan aikaan.\n\n"
                "Koska ruotsi on sinulle vielä uutta, saat enemmän tukea kuin muissa "
                "koulutuksissa: opiskeluohjausta ja kielitukea äidinkielelläsi, lisätunteja, "
                "pienempiä ryhmiä ja opettajia, jotka selittävät asioita kuvien ja käytännön "
                "harjoitusten avulla. Opit hoitotyön perusteet, hygieniaa, ihmisten "
                "kunnioittavaa kohtaamista ja ikääntyneiden auttamista arjessa.\n\n"
                "Työpaikalla tapahtuva oppiminen (APL) on vanhustenhuollossa Järvan alueella. "
                "Koulutuksen jälkeen voit työskennellä hoiva-avustajana ja myöhemmin jatkaa "
                "opintoja lähihoitajaksi (*undersköterska*)."
            ),
            "prerequisites": (
                "Hyväksytty sfi-kurssi B. Olet kirjoilla Tukholman kaupungissa ja haluat "
                "työskennellä ikääntyneiden ihmisten kanssa."
            ),
            "occupation": "Hoiva-avustaja (vårdbiträde)",
        },
        "ar": {
            "title": "مساعد رعاية مع sfi – ابدأ بعد الدورة B",
            "summary": (
                "تعليم مدمج لمساعدي الرعاية يمكنك أن تبدأه بقليل من السويدية، مع دعم إضافي طوال "
                "الطريق."
            ),
            "body": (
                "هذا واحد من برامج التعليم المدمج الجديدة (*kombinationsutbildningar*) التي يمكن "
                "أن تبدأ بمستوى أقل في اللغة السويدية – يمكنك التقديم عندما تنجح في الدورة B من "
                "sfi. تدرس sfi والحزمة المهنية (*yrkespaket*) لمساعدي الرعاية (*vårdbiträde*) في "
                "الوقت نفسه.\n\n"
                "لأن اللغة السويدية ما زالت جديدة عليك، تحصل على دعم أكثر مما في البرامج الأخرى: "
                "دعم دراسي ولغوي بلغتك الأم، ودروس إضافية، ومجموعات أصغر، ومعلمون يشرحون بالصور "
                "والتمارين العملية. تتعلم أساسيات الرعاية التمريضية والنظافة الصحية والتعامل مع "
                "الناس باحترام ومساعدة كبار السن في حياتهم اليومية.\n\n"
                "تقوم بالتعلّم في مكان العمل (APL) في رعاية المسنين في منطقة Järva. بعد ذلك "
                "يمكنك العمل مساعدَ رعاية، ولاحقًا يمكنك مواصلة الدراسة لتصبح مساعد تمريض "
                "(*undersköterska*)."
            ),
            "prerequisites": (
                "النجاح في الدورة B من sfi. أنت مسجَّل في سجل السكان (folkbokförd) في مدينة "
                "ستوكهولم وتريد العمل مع كبار السن."
            ),
            "occupation": "مساعد رعاية (vårdbiträde)",
        },
        "so": {
            "title": "Caawiye daryeel oo leh sfi – bilow koorsada B kadib",
            "summary": (
                "Waxbarasho isku-dhafan oo caawiye daryeel ah oo aad ku bilaabi karto iswiidhish "
                "yar. Waxaad helaysaa taageero dheeraad ah waxbarashada oo dhan."
            ),
            "body": (
                "Tani waa mid ka mid ah waxbarashooyinka isku-dhafan ee cusub "
                "(*kombinationsutbildningar*) ee lagu bilaabi karo heer hoose oo iswiidhish ah – "
                "waxaad codsan kartaa marka aad ku guuleysato koorsada B ee sfi. Waxaad isku mar "
                "dhigataa sfi iyo xirmada xirfadeed (*yrkespaket*) ee caawiyaha daryeelka "
                "(*vårdbiträde*).\n\n"
                "Maadaama iswiidhishku weli kuu cusub yahay, waxaad helaysaa taageero ka badan "
                "tan waxbarashooyinka kale: caawimaad waxbarasho iyo taageero luqadeed oo "
                "afkaaga hooyo ah, casharro dheeraad ah, kooxo yaryar iyo macallimiin wax ku "
                "sharraxa sawirro iyo layliyo ficil ah. Waxaad baranaysaa aasaaska daryeelka "
                "bukaanka, nadaafadda, sida dadka loola dhaqmo si ixtiraam leh iyo sida dadka "
                "waayeelka looga caawiyo nolol maalmeedkooda.\n\n"
                "Barashada goobta shaqada (APL) waxaad ku samaynaysaa daryeelka dadka waayeelka "
                "ee aagga Järva. Waxbarashada kadib waxaad ka shaqeyn kartaa caawiye daryeel, "
                "mar dambena waxaad sii wadan kartaa waxbarashada si aad u noqoto kalkaaliye "
                "caafimaad (*undersköterska*)."
            ),
            "prerequisites": (
                "Inaad ku guuleysatay koorsada B ee sfi. Waxaad ka diiwaangashan tahay magaalada "
                "Stockholm, waxaadna doonaysaa inaad la shaqeyso dadka waayeelka ah."
            ),
            "occupation": "Caawiye daryeel (vårdbiträde)",
        },
    },
    "yrkesutbildning-underskoterska-campus-aso": {
        "fi": {
            "title": "Lähihoitaja – ammatillinen koulutus Komvuxissa",
            "summary": (
                "Lähihoitajan koko ammattipaketti kokopäiväisesti: teoriaa luokassa tai videon "
                "kautta ja harjoittelua hoitotyössä."
            ),
            "body": (
                "Tämä ammatillinen koulutus antaa sinulle kaikki toisen asteen kurssit, joita "
                "tarvitset lähihoitajan (*undersköterska*) työhön, yhteensä 1 500 opintopistettä "
                "(*gymnasiepoäng*). Jos sinulla on jo arvosanoja joistakin kursseista tai "
                "hoitoalan kokemusta, joka voidaan validoida (*validering*), koulutus voi olla "
                "lyhyempi.\n\n"
                "Kursseja ovat muun muassa hoitotyö, anatomia ja fysiologia, lääkkeet, "
                "psykiatria, muistisairaudet ja sosiaalinen hoiva. Voit seurata teoriatunteja "
                "luokassa Södermalmilla tai videon kautta, mutta käytännön harjoitukset ovat "
                "paikan päällä. Suuri osa koulutuksesta on työpaikalla tapahtuvaa oppimista "
                "(APL) vanhustenhuollossa tai terveydenhuollossa.\n\n"
                "Koulutus sopii sinulle, jos haluat vaihtaa ammattia, jos työskentelet "
                "hoiva-avustajana (*vårdbiträde*) ja haluat edetä urallasi tai jos autoit "
                "hoitotyössä pandemian aikana ja haluat tehdä siitä ammattisi."
            ),
            "prerequisites": (
                "Ruotsi toisena kielenä (SVA) perusopetuksen tasolla tai vastaavat taidot. Olet "
                "kirjoilla Tukholman kaupungissa."
            ),
            "occupation": "Lähihoitaja (undersköterska)",
        },
        "ar": {
            "title": "مساعد تمريض – تعليم مهني في Komvux",
            "summary": (
                "الحزمة المهنية الكاملة لمساعد التمريض بدوام كامل، مع دروس نظرية في الصف أو عبر "
                "الفيديو وتدريب عملي في مجال الرعاية."
            ),
            "body": (
                "يمنحك هذا التعليم المهني جميع مواد المرحلة الثانوية التي تحتاجها للعمل مساعدَ "
                "تمريض (*undersköterska*)، بمجموع 1 500 نقطة دراسية (*gymnasiepoäng*). إذا كانت "
                "لديك درجات في بعض المواد، أو خبرة في الرعاية يمكن تقييمها والاعتراف بها "
                "(*validering*)، فقد تصبح مدة الدراسة أقصر.\n\n"
                "تشمل المواد الرعاية التمريضية، والتشريح ووظائف الأعضاء، والأدوية، والطب النفسي، "
                "والخرف، والرعاية الاجتماعية. يمكنك متابعة الدروس النظرية في الصف في Södermalm "
                "أو عبر الفيديو، أما التمارين العملية فتكون حضوريًا. جزء كبير من البرنامج هو "
                "التعلّم في مكان العمل (APL) في رعاية المسنين أو في الرعاية الصحية.\n\n"
                "يناسبك هذا البرنامج إذا كنت تريد تغيير مهنتك، أو إذا كنت تعمل مساعدَ رعاية "
                "(*vårdbiträde*) وتريد التقدم، أو إذا ساعدت في مجال الرعاية أثناء الجائحة وتريد "
                "أن تجعل ذلك مهنتك."
            ),
            "prerequisites": (
                "السويدية كلغة ثانية (SVA) في مستوى المرحلة الأساسية أو ما يعادله. أنت مسجَّل في "
                "سجل السكان (folkbokförd) في مدينة ستوكهولم."
            ),
            "occupation": "مساعد تمريض (undersköterska)",
        },
        "so": {
            "title": "Kalkaaliye caafimaad – tababar xirfadeed oo Komvux ah",
            "summary": (
                "Xirmada xirfadeed oo dhan ee kalkaaliyaha caafimaadka, waqti buuxa. Aragtida "
                "waxaa lagu dhigtaa fasalka ama fiidiyow, tababarka ficilkana waxaa lagu qabtaa "
                "goobaha daryeelka."
            ),
            "body": (
                "Tababarkan xirfadeed wuxuu ku siinayaa dhammaan koorsooyinka dugsiga sare ee "
                "aad u baahan tahay si aad uga shaqeyso kalkaaliye caafimaad (*undersköterska*), "
                "wadar ahaan 1 500 dhibcood (*gymnasiepoäng*). Haddii aad horeba buundooyin ugu "
                "haysatay qaar ka mid ah koorsooyinka, ama aad leedahay khibrad daryeel oo la "
                "qiimeyn karo (*validering*), waxbarashadu way ka gaaban kartaa.\n\n"
                "Koorsooyinka waxaa ka mid ah daryeelka bukaanka, anatomiga iyo fisiyoolojiga "
                "(qaabdhismeedka iyo shaqada jirka), daawooyinka, caafimaadka maskaxda, "
                "xusuus-lumka iyo daryeelka bulshada. Casharrada aragtida waxaad ka raaci kartaa "
                "fasalka Södermalm ama fiidiyow, halka layliyada ficilka ahi ay ka dhacaan "
                "goobta. Qayb weyn oo waxbarashada ka mid ah waa barashada goobta shaqada (APL) "
                "ee daryeelka dadka waayeelka ama daryeelka caafimaadka.\n\n"
                "Waxbarashadani way kugu habboon tahay haddii aad rabto inaad xirfad beddesho, "
                "haddii aad ka shaqeyso caawiye daryeel (*vårdbiträde*) oo aad doonayso inaad "
                "horumarto, ama haddii aad ka caawisay daryeelka xilligii cudurka faafa oo aad "
                "doonayso inaad ka dhigato xirfaddaada."
            ),
            "prerequisites": (
                "Iswiidhish luqad labaad ahaan (SVA) heerka dugsiga hoose ama wax u dhigma. "
                "Waxaad ka diiwaangashan tahay magaalada Stockholm."
            ),
            "occupation": "Kalkaaliye caafimaad (undersköterska)",
        },
    },
    "larling-underskoterska-vallingby": {
        "fi": {
            "title": "Oppisopimuskoulutus: lähihoitaja",
            "summary": (
                "Opi ammatti vanhustenhuollon työpaikalla ohjaajan kanssa. Koulussa on tunteja "
                "yhtenä päivänä viikossa."
            ),
            "body": (
                "Oppisopimuskoulutuksessa (*lärlingsutbildning*) suurin osa koulutuksesta "
                "tapahtuu työpaikalla. Olet oppisopimusopiskelijana hoivakodissa tai "
                "kotipalvelussa Västerortissa, ja sinulla on oma ohjaaja, joka opettaa sinulle "
                "työn vaihe vaiheelta.\n\n"
                "Yhtenä päivänä viikossa opiskelet koulussa Vällingbyssä. Siellä käyt läpi "
                "lähihoitajan (*undersköterska*) kurssien teorian – hoitotyön, anatomian, "
                "muistisairaudet, psykiatrian ja sosiaalisen hoivan – ja saat apua sen "
                "yhdistämiseen siihen, mitä teet työpaikalla. Opiskelet samat kurssit ja saat "
                "samat arvosanat kuin muussa ammatillisessa koulutuksessa.\n\n"
                "Oppisopimuskoulutus sopii sinulle, jos opit parhaiten tekemällä. Kaupunki "
                "haluaa tarjota enemmän oppisopimuskoulutusta juuri siksi, että useammat "
                "löytäisivät tien pula-ammatteihin."
            ),
            "prerequisites": (
                "Ruotsi toisena kielenä (SVA) perusopetuksen tasolla tai vastaavat taidot. Olet "
                "kirjoilla Tukholman kaupungissa ja voit tehdä töitä päivisin, iltaisin ja "
                "joskus viikonloppuisin."
            ),
            "occupation": "Lähihoitaja (undersköterska)",
        },
        "ar": {
            "title": "التدريب المهني بنظام التلمذة: مساعد تمريض",
            "summary": (
                "تعلّم المهنة في مكان عمل في رعاية المسنين، مع مشرف ودروس في المدرسة يومًا "
                "واحدًا في الأسبوع."
            ),
            "body": (
                "في التدريب المهني بنظام التلمذة (*lärlingsutbildning*) يتم معظم التدريب في مكان "
                "العمل. تكون متدربًا في دار رعاية أو في الرعاية المنزلية في Västerort، ولديك "
                "مشرف خاص بك يعلّمك العمل خطوة بخطوة.\n\n"
                "يومًا واحدًا في الأسبوع تدرس في المدرسة في Vällingby. هناك تدرس الجزء النظري من "
                "مواد مساعد التمريض (*undersköterska*) – الرعاية التمريضية والتشريح والخرف والطب "
                "النفسي والرعاية الاجتماعية – وتحصل على مساعدة لربطه بما تفعله في العمل. تدرس "
                "المواد نفسها وتحصل على الدرجات نفسها كما في التعليم المهني الآخر.\n\n"
                "يناسب التدريب بنظام التلمذة من يتعلم بشكل أفضل من خلال الممارسة. تريد المدينة "
                "أن تقدم المزيد من برامج التلمذة المهنية لهذا السبب تحديدًا، لكي يجد عدد أكبر من "
                "الناس طريقًا إلى المهن التي تعاني من نقص في العاملين."
            ),
            "prerequisites": (
                "السويدية كلغة ثانية (SVA) في مستوى المرحلة الأساسية أو ما يعادله. أنت مسجَّل في "
                "سجل السكان (folkbokförd) في مدينة ستوكهولم، ويمكنك العمل نهارًا ومساءً وفي بعض "
                "عطلات نهاية الأسبوع."
            ),
            "occupation": "مساعد تمريض (undersköterska)",
        },
        "so": {
            "title": "Tababar xirfad-barasho (lärling): kalkaaliye caafimaad",
            "summary": (
                "Ku baro shaqada goob shaqo oo daryeelka dadka waayeelka ah, adigoo leh kormeere "
                "iyo casharro dugsiga ah hal maalin toddobaadkii."
            ),
            "body": (
                "Tababarka xirfad-barashada (*lärlingsutbildning*) inta badan waxbarashadu waxay "
                "ka dhacdaa goob shaqo. Waxaad xirfad-barte ka tahay xarun daryeel ama adeegga "
                "daryeelka guriga ee Västerort, waxaadna leedahay kormeere kuu gaar ah oo "
                "shaqada tallaabo tallaabo kuu bara.\n\n"
                "Hal maalin toddobaadkii waxaad wax ku baranaysaa dugsiga Vällingby. Halkaas "
                "waxaad ku dhigataa aragtida koorsooyinka kalkaaliyaha caafimaadka "
                "(*undersköterska*) – daryeelka bukaanka, anatomiga, xusuus-lumka, caafimaadka "
                "maskaxda iyo daryeelka bulshada – waxaana lagaa caawinayaa inaad ku xiriiriso "
                "waxa aad ka qabato goobta shaqada. Waxaad dhigataa isla koorsooyinka, waxaadna "
                "helaysaa isla buundooyinka tababarrada xirfadeed ee kale.\n\n"
                "Tababarka xirfad-barashadu wuxuu ku habboon yahay dadka sida ugu fiican wax ugu "
                "barta iyagoo samaynaya. Magaaladu waxay doonaysaa inay bixiso tababarro "
                "xirfad-barasho oo badan, si dad badan ay u helaan waddo ay ku galaan xirfadaha "
                "uu shaqaaluhu ku yar yahay."
            ),
            "prerequisites": (
                "Iswiidhish luqad labaad ahaan (SVA) heerka dugsiga hoose ama wax u dhigma. "
                "Waxaad ka diiwaangashan tahay magaalada Stockholm, waxaadna shaqeyn kartaa "
                "maalinta, fiidka iyo mararka qaar dhammaadka toddobaadka."
            ),
            "occupation": "Kalkaaliye caafimaad (undersköterska)",
        },
    },
    "jobbspar-vard-och-omsorgsboende-spanga-tensta": {
        "fi": {
            "title": "Työpolku: hoivakodit Spånga-Tenstassa",
            "summary": (
                "Lyhyt koulutus ja työharjoittelu, jotka valmistavat sinua työhön kaupungin "
                "hoivakodeissa Spånga-Tenstassa."
            ),
            "body": (
                "Työpolku (*jobbspår*) on lyhyt koulutus, jonka kaupunki suunnittelee yhdessä "
                "sellaisen työnantajan kanssa, joka tarvitsee uusia työntekijöitä. Tässä "
                "työpolussa Jobbtorg Stockholm tekee yhteistyötä Spånga-Tenstan hoivakotien "
                "(*vård- och omsorgsboenden*) kanssa.\n\n"
                "Ensimmäisten viikkojen aikana opit perusasiat: hygienian ja infektioiden "
                "torjunnan, ikääntyneiden kunnioittavan kohtaamisen, avustamisen ruokailuissa ja "
                "siirtymisissä sekä sen, mitä vaitiolovelvollisuus tarkoittaa. Saat "
                "äidinkielelläsi perehdytyksen työelämään, jotta tiedät, mitä sinulta odotetaan. "
                "Sen jälkeen olet työharjoittelussa hoivakodissa ohjaajan kanssa.\n\n"
                "Työpolun suorittaneille voidaan tarjota työtä esimerkiksi hoiva-avustajana "
                "(*vårdbiträde*) tai tuntisijaisena. Monet jatkavat sitten opintoja "
                "lähihoitajaksi (*undersköterska*), usein työn ohella."
            ),
            "prerequisites": (
                "Ruotsin kielen taito sfi-kurssin C tasolla. Olet asiakkaana palvelussa Jobbtorg "
                "Stockholm tai Arbetsförmedlingen (Ruotsin julkinen työnvälitys). Sinun täytyy "
                "pystyä tekemään töitä päivisin, iltaisin ja viikonloppuisin."
            ),
            "occupation": "Hoiva-avustaja (vårdbiträde)",
        },
        "ar": {
            "title": "مسار العمل: دور الرعاية في Spånga-Tensta",
            "summary": (
                "تدريب قصير مع تدريب عملي في مكان العمل يُعدّك لوظيفة في دور الرعاية التابعة "
                "للمدينة في Spånga-Tensta."
            ),
            "body": (
                "مسار العمل (*jobbspår*) هو تدريب قصير تصممه المدينة مع صاحب عمل يحتاج إلى "
                "التوظيف. في مسار العمل هذا يتعاون Jobbtorg Stockholm مع دور الرعاية (*vård- och "
                "omsorgsboenden*) في Spånga-Tensta.\n\n"
                "في الأسابيع الأولى تتعلم الأساسيات: النظافة الصحية والوقاية من العدوى، والتعامل "
                "مع كبار السن باحترام، والمساعدة في أوقات الطعام وفي التنقل والحركة، ومعنى واجب "
                "الحفاظ على السرية المهنية. تحصل على تعريف بالحياة العملية بلغتك الأم، لكي تعرف "
                "ما هو متوقع منك. بعد ذلك تقوم بتدريب عملي في دار رعاية مع مشرف.\n\n"
                "يمكن أن تُعرض وظيفة على من يكمل مسار العمل، مثلًا كمساعد رعاية (*vårdbiträde*) "
                "أو كبديل بالساعة. كثيرون يواصلون بعد ذلك الدراسة ليصبحوا مساعدي تمريض "
                "(*undersköterska*)، وغالبًا إلى جانب العمل."
            ),
            "prerequisites": (
                "مستوى في اللغة السويدية يعادل الدورة C من sfi. أنت مسجَّل لدى Jobbtorg "
                "Stockholm أو لدى Arbetsförmedlingen (مكتب العمل). يجب أن تكون قادرًا على العمل "
                "نهارًا ومساءً وفي عطلات نهاية الأسبوع."
            ),
            "occupation": "مساعد رعاية (vårdbiträde)",
        },
        "so": {
            "title": "Waddada shaqada: xarumaha daryeelka ee Spånga-Tensta",
            "summary": (
                "Tababar gaaban iyo tababar shaqo (praktik) oo kuu diyaarinaya shaqo ka mid ah "
                "xarumaha daryeelka ee magaalada ee Spånga-Tensta."
            ),
            "body": (
                "Waddada shaqada (*jobbspår*) waa tababar gaaban oo magaaladu la diyaariso "
                "loo-shaqeeye u baahan inuu shaqaale qaato. Waddadan shaqo, Jobbtorg Stockholm "
                "waxay la shaqeysaa xarumaha daryeelka (*vård- och omsorgsboenden*) ee "
                "Spånga-Tensta.\n\n"
                "Toddobaadyada ugu horreeya waxaad baranaysaa aasaaska: nadaafadda iyo ka "
                "hortagga caabuqa, sida dadka waayeelka loola dhaqmo si ixtiraam leh, caawinta "
                "waqtiga cuntada iyo marka qofka la dhaqaajinayo, iyo waxa uu ka dhigan yahay "
                "waajibka sir-haynta. Waxaad afkaaga hooyo ku helaysaa hordhac ku saabsan "
                "nolosha shaqada, si aad u ogaato waxa lagaa filayo. Kadib waxaad tababar shaqo "
                "ku qaadanaysaa xarun daryeel adigoo leh kormeere.\n\n"
                "Dadka dhammeeya waddada shaqada waxaa loo soo bandhigi karaa shaqo, tusaale "
                "ahaan caawiye daryeel (*vårdbiträde*) ama beddel saacadeed (*timvikarie*). Qaar "
                "badan ayaa kadib sii wata waxbarashada si ay u noqdaan kalkaaliye caafimaad "
                "(*undersköterska*), inta badan iyagoo shaqeynaya."
            ),
            "prerequisites": (
                "Iswiidhish heerka koorsada C ee sfi. Waxaad ka diiwaangashan tahay Jobbtorg "
                "Stockholm ama Arbetsförmedlingen (xafiiska shaqada). Waa inaad shaqeyn kartaa "
                "maalinta, fiidka iyo dhammaadka toddobaadka."
            ),
            "occupation": "Caawiye daryeel (vårdbiträde)",
        },
    },
    "jobbspar-hemtjanst-rinkeby-kista": {
        "fi": {
            "title": "Työpolku: kotipalvelu Rinkeby-Kistassa",
            "summary": (
                "Lyhyt koulutus ja työharjoittelu, jotka johtavat työhön kotipalvelussa. Autat "
                "ikääntyneitä heidän omissa kodeissaan."
            ),
            "body": (
                "Kotipalvelussa (*hemtjänst*) autat ikääntyneitä, jotka asuvat kotona: "
                "henkilökohtaisessa hygieniassa, ruokailussa, siivouksessa ja ostoksissa, ja "
                "pidät heille seuraa. Kotipalvelu tarvitsee paljon uusia työntekijöitä, ja sinne "
                "on vaikeampi rekrytoida kuin hoivakoteihin.\n\n"
                "Tämän työpolun (*jobbspår*) ovat suunnitelleet yhdessä Jobbtorg Stockholm ja "
                "Rinkeby-Kistan kotipalvelu. Opit hoitotyön, hygienian ja turvallisuuden "
                "perusteet, sen, miten suunnittelet työvuoron, jossa on useita käyntejä, ja sen, "
                "miten kirjaat tiedot matkapuhelimella. Saat kielitukea äidinkielelläsi "
                "koulutuksen ja harjoittelun aikana.\n\n"
                "Harjoittelun jälkeen sinulle voidaan tarjota työtä kotipalvelussa. Sen jälkeen "
                "voit opiskella lähihoitajaksi (*undersköterska*) työn ohella."
            ),
            "prerequisites": (
                "Ruotsin kielen taito sfi-kurssin C tasolla. Olet asiakkaana palvelussa Jobbtorg "
                "Stockholm tai Arbetsförmedlingen (Ruotsin julkinen työnvälitys). Pystyt "
                "liikkumaan alueen osoitteiden välillä esimerkiksi pyörällä tai kävellen."
            ),
            "occupation": "Kotipalvelun työntekijä (vårdbiträde)",
        },
        "ar": {
            "title": "مسار العمل: الرعاية المنزلية في Rinkeby-Kista",
            "summary": (
                "تدريب قصير وتدريب عملي يؤديان إلى وظيفة في الرعاية المنزلية، حيث تساعد كبار "
                "السن في بيوتهم."
            ),
            "body": (
                "في الرعاية المنزلية (*hemtjänst*) تساعد كبار السن الذين يعيشون في بيوتهم: في "
                "النظافة الشخصية والطعام والتنظيف والتسوق، وتؤنس وحدتهم. تحتاج الرعاية المنزلية "
                "إلى كثير من الموظفين الجدد، والتوظيف فيها أصعب من التوظيف في دور الرعاية.\n\n"
                "صمّم Jobbtorg Stockholm مسار العمل (*jobbspår*) هذا بالتعاون مع الرعاية "
                "المنزلية في Rinkeby-Kista. تتعلم أساسيات الرعاية والنظافة الصحية والسلامة، وكيف "
                "تخطط لمناوبة فيها عدة زيارات، وكيف توثّق المعلومات على الهاتف المحمول. تحصل على "
                "دعم لغوي بلغتك الأم خلال التدريب وخلال التدريب العملي.\n\n"
                "بعد التدريب العملي يمكن أن تُعرض عليك وظيفة في الرعاية المنزلية. بعد ذلك يمكنك "
                "أن تدرس لتصبح مساعد تمريض (*undersköterska*) وأنت تعمل."
            ),
            "prerequisites": (
                "مستوى في اللغة السويدية يعادل الدورة C من sfi. أنت مسجَّل لدى Jobbtorg "
                "Stockholm أو لدى Arbetsförmedlingen (مكتب العمل). تستطيع التنقل بين العناوين في "
                "المنطقة، مثلًا بالدراجة أو مشيًا على الأقدام."
            ),
            "occupation": "عامل في الرعاية المنزلية (vårdbiträde)",
        },
        "so": {
            "title": "Waddada shaqada: adeegga daryeelka guriga ee Rinkeby-Kista",
            "summary": (
                "Tababar gaaban iyo tababar shaqo oo kuu horseedaya shaqo xagga adeegga "
                "daryeelka guriga, halkaas oo aad dadka waayeelka ah ka caawinayso guryahooda."
            ),
            "body": (
                "Marka aad ka shaqeyso adeegga daryeelka guriga (*hemtjänst*), waxaad "
                "caawinaysaa dadka waayeelka ah ee guryahooda ku nool: nadaafadda jirka, "
                "cuntada, nadiifinta, wax iibsiga iyo wehelnimada. Adeegga daryeelka guriga "
                "wuxuu u baahan yahay shaqaale badan oo cusub, waxaana ka adag in shaqaale loo "
                "helo marka loo eego xarumaha daryeelka.\n\n"
                "Waddadan shaqo (*jobbspår*) waxaa wada diyaariyay Jobbtorg Stockholm iyo "
                "adeegga daryeelka guriga ee Rinkeby-Kista. Waxaad baranaysaa aasaaska "
                "daryeelka, nadaafadda iyo badbaadada, sida loo qorsheeyo wareeg shaqo oo leh "
                "dhowr booqasho, iyo sida warbixinta loogu qoro taleefanka gacanta. Waxaad "
                "helaysaa taageero luqadeed oo afkaaga hooyo ah inta lagu jiro tababarka iyo "
                "tababarka shaqada.\n\n"
                "Tababarka shaqada kadib waxaa laguu soo bandhigi karaa shaqo xagga adeegga "
                "daryeelka guriga. Kadib waxaad u tababaran kartaa kalkaaliye caafimaad "
                "(*undersköterska*) adigoo shaqeynaya."
            ),
            "prerequisites": (
                "Iswiidhish heerka koorsada C ee sfi. Waxaad ka diiwaangashan tahay Jobbtorg "
                "Stockholm ama Arbetsförmedlingen (xafiiska shaqada). Waxaad awoodaa inaad u "
                "kala socoto cinwaannada aagga, tusaale ahaan baaskiil ama lug."
            ),
            "occupation": "Shaqaale daryeelka guriga (vårdbiträde)",
        },
    },
    "jobbspar-aldreomsorg-norra-innerstaden": {
        "fi": {
            "title": "Työpolku: vanhustenhuolto Norra innerstadenissa",
            "summary": (
                "Valmistaudu työhön hoivakodeissa ja kotipalvelussa Norrmalmilla ja "
                "Östermalmilla – myös kesäsijaisena."
            ),
            "body": (
                "Norra innerstadenin kaupunginosahallinnolla on yksi kaupungin suurimmista "
                "vanhustenhuollon osastoista, sillä se on ottanut kolme suurta hoivakotia "
                "takaisin omaan hallintaansa. Osaamisen turvaamisen suunnitelmassaan vuodelle "
                "2026 se kuvaa kovaa kilpailua koulutetuista lähihoitajista (*undersköterskor*) "
                "ja erityisiä vaikeuksia rekrytoida kotipalveluun.\n\n"
                "Tässä työpolussa (*jobbspår*) yhdistät lyhyen koulutuksen ja työharjoittelun. "
                "Opit hoitotyön, muistisairauksien, hygienian ja kirjaamisen perusteet, ja "
                "tapaat esihenkilöitä sekä hoivakodeista että kotipalvelusta. Hallinto järjestää "
                "yhteisiä rekrytointipäiviä ja perehdytyspäiviä kesäsijaisille, ja työpolku on "
                "kytketty niihin.\n\n"
                "Työpolun jälkeen voit saada määräaikaisen työn tai kesätyön, ja sieltä voit "
                "jatkaa opintoja lähihoitajaksi."
            ),
            "prerequisites": (
                "Hyväksytty sfi-kurssi D tai vastaavat taidot. Olet asiakkaana palvelussa "
                "Jobbtorg Stockholm tai Arbetsförmedlingen (Ruotsin julkinen työnvälitys), tai "
                "etsit työtä omin päin."
            ),
            "occupation": "Hoiva-avustaja (vårdbiträde) tai kesäsijainen vanhustenhuollossa",
        },
        "ar": {
            "title": "مسار العمل: رعاية المسنين في Norra innerstaden",
            "summary": (
                "استعد لوظيفة في دور الرعاية والرعاية المنزلية في Norrmalm و Östermalm – وأيضًا "
                "كبديل صيفي."
            ),
            "body": (
                "تدير إدارة حي Norra innerstaden واحدًا من أكبر أقسام رعاية المسنين في المدينة، "
                "بعد أن أعادت ثلاث دور رعاية كبيرة إلى إدارتها الخاصة. في خطتها لتأمين الكفاءات "
                "لعام 2026 تصف الإدارة منافسة قوية على مساعدي التمريض المدرَّبين "
                "(*undersköterskor*) وصعوبة خاصة في التوظيف في الرعاية المنزلية.\n\n"
                "في مسار العمل هذا (*jobbspår*) تجمع بين تدريب قصير وتدريب عملي في مكان العمل. "
                "تتعلم أساسيات الرعاية والخرف والنظافة الصحية والتوثيق، وتلتقي بمديرين من دور "
                "الرعاية ومن الرعاية المنزلية. تنظّم الإدارة أيامًا مشتركة للتوظيف وأيامًا "
                "تعريفية للبدلاء في الصيف، ومسار العمل مرتبط بها.\n\n"
                "بعد مسار العمل قد تحصل على وظيفة مؤقتة أو وظيفة صيفية، ومن هناك يمكنك مواصلة "
                "الدراسة لتصبح مساعد تمريض."
            ),
            "prerequisites": (
                "النجاح في الدورة D من sfi أو ما يعادلها. أنت مسجَّل لدى Jobbtorg Stockholm أو "
                "لدى Arbetsförmedlingen (مكتب العمل)، أو تبحث عن عمل بنفسك."
            ),
            "occupation": "مساعد رعاية (vårdbiträde) أو بديل صيفي في رعاية المسنين",
        },
        "so": {
            "title": "Waddada shaqada: daryeelka dadka waayeelka ee Norra innerstaden",
            "summary": (
                "Isu diyaari shaqo xarumaha daryeelka iyo adeegga daryeelka guriga ee Norrmalm "
                "iyo Östermalm – xitaa beddel xagaa (sommarvikarie)."
            ),
            "body": (
                "Maamulka degmada Norra innerstaden wuxuu leeyahay mid ka mid ah waaxyaha "
                "daryeelka dadka waayeelka ee ugu waaweyn magaalada, maadaama uu saddex xarumood "
                "oo daryeel oo waaweyn dib ula wareegay maamulkiisa. Qorshihiisa xirfadaha ee "
                "2026 wuxuu ku sharraxay tartan xooggan oo lagu yahay kalkaaliyeyaal caafimaad "
                "oo tababaran (*undersköterskor*), iyo dhibaato gaar ah oo ku jirta helitaanka "
                "shaqaalaha adeegga daryeelka guriga.\n\n"
                "Waddadan shaqo (*jobbspår*) waxaad isku darsanaysaa tababar gaaban iyo tababar "
                "shaqo. Waxaad baranaysaa aasaaska daryeelka, xusuus-lumka, nadaafadda iyo "
                "diiwaangelinta, waxaadna la kulmaysaa maamulayaal ka kala socda xarumaha "
                "daryeelka iyo adeegga daryeelka guriga. Maamulku wuxuu qabanqaabiyaa maalmo "
                "shaqaaleysiin oo wadajir ah iyo maalmo hordhac ah oo loogu talagalay beddelka "
                "xagaaga, waddada shaqaduna waxay ku xiran tahay maalmahaas.\n\n"
                "Waddada shaqada kadib waxaad heli kartaa shaqo waqti go'an ah ama shaqo beddel "
                "xagaa ah, halkaasna waxaad ka sii wadan kartaa waxbarashada si aad u noqoto "
                "kalkaaliye caafimaad."
            ),
            "prerequisites": (
                "Inaad ku guuleysatay koorsada D ee sfi ama wax u dhigma. Waxaad ka "
                "diiwaangashan tahay Jobbtorg Stockholm ama Arbetsförmedlingen (xafiiska "
                "shaqada), ama adigu keligaa ayaad shaqo raadinaysaa."
            ),
            "occupation": (
                "Caawiye daryeel (vårdbiträde) ama beddel xagaa oo ka shaqeeya daryeelka dadka "
                "waayeelka"
            ),
        },
    },
    "jobbspar-aldreomsorg-soderort": {
        "fi": {
            "title": "Työpolku: vanhustenhuolto eteläisissä lähiöissä",
            "summary": (
                "Lyhyt koulutus ja työharjoittelu: työtä hoivakodeissa Skärholmenissa tai "
                "kotipalvelussa Farstassa."
            ),
            "body": (
                "Tämä työpolku (*jobbspår*) on tarkoitettu sinulle, joka asut eteläisissä "
                "lähiöissä (*söderort*) ja haluat aloittaa työt vanhustenhuollossa. Jobbtorg "
                "Stockholm on suunnitellut sen yhdessä kaupungin Skärholmenin hoivakotien ja "
                "Farstan kotipalvelun kanssa. Molemmat tarvitsevat uusia työntekijöitä.\n\n"
                "Koulutus on lyhyt ja käytännönläheinen. Opit auttamaan ikääntyneitä arjen "
                "askareissa. Opit myös hygieniasta ja infektioiden torjunnasta, ihmisten "
                "turvallisesta nostamisesta ja siirtämisestä sekä siitä, miten puhut "
                "ikääntyneiden ja heidän omaistensa kanssa. Saat kielitukea äidinkielelläsi ja "
                "perehdytyksen työelämään ennen kuin harjoittelu alkaa.\n\n"
                "Voit valita, oletko harjoittelussa hoivakodissa vai kotipalvelussa. Työpolun "
                "jälkeen sinulle voidaan tarjota työtä."
            ),
            "prerequisites": (
                "Ruotsin kielen taito sfi-kurssin C tasolla. Olet asiakkaana palvelussa Jobbtorg "
                "Stockholm tai Arbetsförmedlingen (Ruotsin julkinen työnvälitys)."
            ),
            "occupation": "Hoiva-avustaja (vårdbiträde)",
        },
        "ar": {
            "title": "مسار العمل: رعاية المسنين في الضواحي الجنوبية (söderort)",
            "summary": (
                "تدريب قصير وتدريب عملي من أجل وظائف في دور الرعاية في Skärholmen أو في الرعاية "
                "المنزلية في Farsta."
            ),
            "body": (
                "مسار العمل هذا (*jobbspår*) موجّه لمن يسكن في الضواحي الجنوبية (*söderort*) "
                "ويريد أن يبدأ العمل في رعاية المسنين. صمّمه Jobbtorg Stockholm مع دور الرعاية "
                "التابعة للمدينة في Skärholmen والرعاية المنزلية في Farsta، وكلاهما يحتاج إلى "
                "التوظيف.\n\n"
                "التدريب قصير وعملي. تتعلم مساعدة كبار السن في المهام اليومية، والنظافة الصحية "
                "والوقاية من العدوى، ورفع الأشخاص ونقلهم بأمان، وكيف تتحدث مع كبار السن "
                "وأقاربهم. تحصل على دعم لغوي بلغتك الأم وعلى تعريف بالحياة العملية قبل أن يبدأ "
                "التدريب العملي.\n\n"
                "تختار أن تقوم بالتدريب العملي في دار رعاية أو في الرعاية المنزلية. بعد مسار "
                "العمل يمكن أن تُعرض عليك وظيفة."
            ),
            "prerequisites": (
                "مستوى في اللغة السويدية يعادل الدورة C من sfi. أنت مسجَّل لدى Jobbtorg "
                "Stockholm أو لدى Arbetsförmedlingen (مكتب العمل)."
            ),
            "occupation": "مساعد رعاية (vårdbiträde)",
        },
        "so": {
            "title": "Waddada shaqada: daryeelka dadka waayeelka ee xaafadaha koonfureed",
            "summary": (
                "Tababar gaaban iyo tababar shaqo oo loogu talagalay shaqooyinka xarumaha "
                "daryeelka ee Skärholmen ama adeegga daryeelka guriga ee Farsta."
            ),
            "body": (
                "Waddadan shaqo (*jobbspår*) waxaa loogu talagalay dadka ku nool xaafadaha "
                "koonfureed (*söderort*) ee doonaya inay bilaabaan shaqo xagga daryeelka dadka "
                "waayeelka. Jobbtorg Stockholm ayaa diyaarisay iyadoo la kaashanaysa xarumaha "
                "daryeelka ee magaalada ee Skärholmen iyo adeegga daryeelka guriga ee Farsta, "
                "kuwaas oo labaduba u baahan inay shaqaale qaataan.\n\n"
                "Tababarku waa mid gaaban oo ficil ah. Waxaad baranaysaa sida dadka waayeelka "
                "looga caawiyo hawlaha maalinlaha ah, nadaafadda iyo ka hortagga caabuqa, sida "
                "si badbaado leh dadka loo qaado loona dhaqaajiyo, iyo sida loola hadlo dadka "
                "waayeelka iyo qaraabadooda. Waxaad helaysaa taageero luqadeed oo afkaaga hooyo "
                "ah iyo hordhac ku saabsan nolosha shaqada ka hor inta uusan tababarka shaqadu "
                "bilaaban.\n\n"
                "Adigaa dooranaya inaad tababarka shaqada ku qaadato xarun daryeel ama adeegga "
                "daryeelka guriga. Waddada shaqada kadib waxaa laguu soo bandhigi karaa shaqo."
            ),
            "prerequisites": (
                "Iswiidhish heerka koorsada C ee sfi. Waxaad ka diiwaangashan tahay Jobbtorg "
                "Stockholm ama Arbetsförmedlingen (xafiiska shaqada)."
            ),
            "occupation": "Caawiye daryeel (vårdbiträde)",
        },
    },
    "jobbspar-vardnara-service-sjukhus": {
        "fi": {
            "title": "Työpolku: hoidon tukipalvelut sairaaloissa",
            "summary": (
                "Opi työskentelemään palvelutehtävissä lähellä potilaita sairaalassa – ateriat, "
                "siivous, kuljetukset ja tarvikkeet."
            ),
            "body": (
                "Sairaala tarvitsee paljon työntekijöitä, jotka eivät ole hoitajia mutta "
                "työskentelevät lähellä potilaita: he tarjoilevat aterioita, siivoavat "
                "potilashuoneita, täydentävät varastoja ja saattavat potilaita osastolta "
                "toiselle. Tätä kutsutaan hoidon tukipalveluiksi (*vårdnära service*).\n\n"
                "Työpolku (*jobbspår*) on suunniteltu yhdessä Region Stockholmin sairaaloiden "
                "kanssa. Opit perushygienian käytännöt ja työskentelyn hoitoympäristössä. Opit "
                "myös kohtaamaan potilaita kunnioittavasti ja noudattamaan turvallisuutta ja "
                "vaitioloa koskevia sääntöjä. Teoriaosuuden jälkeen olet työharjoittelussa "
                "sairaalassa.\n\n"
                "Työpolun suorittaneille voidaan tarjota työtä. Työ antaa kokemusta "
                "terveydenhuollosta, ja se voi olla ensimmäinen askel kohti lähihoitajan "
                "(*undersköterska*) koulutusta myöhemmin."
            ),
            "prerequisites": (
                "Hyväksytty sfi-kurssi D tai vastaavat taidot. Olet asiakkaana palvelussa "
                "Jobbtorg Stockholm tai Arbetsförmedlingen (Ruotsin julkinen työnvälitys)."
            ),
            "occupation": "Sairaalan palvelutyöntekijä",
        },
        "ar": {
            "title": "مسار العمل: الخدمات المساندة قرب المرضى في المستشفيات",
            "summary": (
                "تعلّم العمل في الخدمات القريبة من المرضى في المستشفى – الوجبات والتنظيف والنقل "
                "والمستلزمات."
            ),
            "body": (
                "يحتاج المستشفى إلى كثير من الموظفين الذين ليسوا ممرضين لكنهم يعملون بالقرب من "
                "المرضى: يقدّمون الوجبات، وينظّفون غرف المرضى، ويملؤون المخازن بالمستلزمات، "
                "ويرافقون المرضى بين الأقسام. يسمى هذا العمل الخدمات المساندة قرب المرضى "
                "(*vårdnära service*).\n\n"
                "صُمّم مسار العمل (*jobbspår*) هذا مع مستشفيات في Region Stockholm. تتعلم "
                "الإجراءات الأساسية للنظافة الصحية، والعمل في بيئة الرعاية، والتعامل مع المرضى "
                "باحترام، واتباع قواعد السلامة والسرية. بعد الجزء النظري تقوم بتدريب عملي في "
                "مستشفى.\n\n"
                "يمكن أن تُعرض وظيفة على من يكمل مسار العمل. يمنحك العمل خبرة في مجال الرعاية "
                "الصحية، ويمكن أن يكون خطوة أولى نحو الدراسة لتصبح مساعد تمريض "
                "(*undersköterska*) لاحقًا."
            ),
            "prerequisites": (
                "النجاح في الدورة D من sfi أو ما يعادلها. أنت مسجَّل لدى Jobbtorg Stockholm أو "
                "لدى Arbetsförmedlingen (مكتب العمل)."
            ),
            "occupation": "موظف خدمات في المستشفى",
        },
        "so": {
            "title": "Waddada shaqada: adeegyada u dhow bukaanka ee isbitaallada",
            "summary": (
                "Baro sida looga shaqeeyo adeegyada u dhow bukaanka ee isbitaalka – cuntada, "
                "nadiifinta, gaadiidka iyo agabka."
            ),
            "body": (
                "Isbitaalku wuxuu u baahan yahay shaqaale badan oo aan ahayn shaqaalaha "
                "daryeelka caafimaadka laakiin ka shaqeeya meel u dhow bukaanka: waxay bixiyaan "
                "cuntada, waxay nadiifiyaan qolalka bukaanka, waxay buuxiyaan bakhaarrada "
                "agabka, waxayna bukaanka la socdaan marka ay u kala guurayaan qaybaha "
                "isbitaalka. Tan waxaa la yiraahdaa adeegyada u dhow bukaanka (*vårdnära "
                "service*).\n\n"
                "Waddadan shaqo (*jobbspår*) waxaa lala diyaariyay isbitaallada Region "
                "Stockholm. Waxaad baranaysaa habraacyada aasaasiga ah ee nadaafadda, ka "
                "shaqeynta deegaanka daryeelka, sida bukaanka loola dhaqmo si ixtiraam leh, iyo "
                "raacidda xeerarka badbaadada iyo sir-haynta. Qaybta aragtida kadib waxaad "
                "tababar shaqo ku qaadanaysaa isbitaal.\n\n"
                "Dadka dhammeeya waddada shaqada waxaa loo soo bandhigi karaa shaqo. Shaqadu "
                "waxay ku siinaysaa khibrad xagga daryeelka caafimaadka, waxayna noqon kartaa "
                "tallaabo koowaad oo ku wajahan inaad mar dambe u tababarato kalkaaliye "
                "caafimaad (*undersköterska*)."
            ),
            "prerequisites": (
                "Inaad ku guuleysatay koorsada D ee sfi ama wax u dhigma. Waxaad ka "
                "diiwaangashan tahay Jobbtorg Stockholm ama Arbetsförmedlingen (xafiiska "
                "shaqada)."
            ),
            "occupation": "Shaqaale adeeg oo isbitaal",
        },
    },
    "yh-apotekstekniker": {
        "fi": {
            "title": "Apteekkiteknikko – yrkeshögskola-koulutus",
            "summary": (
                "Neuvo asiakkaita lääkkeissä ja itsehoidossa ja työskentele apteekissa – toisen "
                "asteen jälkeinen koulutus, johon kuuluu oppimista työpaikalla."
            ),
            "body": (
                "Apteekkiteknikkona (*apotekstekniker*) autat asiakkaita löytämään oikeat "
                "itsehoitolääkkeet ja itsehoitotuotteet, käsittelet lääkkeitä turvallisesti ja "
                "hoidat tilauksia ja varastoa. Voit työskennellä avohuollon apteekeissa, "
                "sairaala-apteekeissa, lääketeollisuudessa tai lääketukkukaupassa.\n\n"
                "Vuonna 2022 Tukholman kaupunki järjesti itse 17 toisen asteen jälkeistä "
                "ammatillista koulutusta (*yrkeshögskola*), ja apteekkiteknikon koulutus oli "
                "yksi niistä (työmarkkinalautakunnan talousarvio, *Arbetsmarknadsnämndens budget "
                "2022*). Kursseja ovat esimerkiksi farmakologia, tautioppi, lääkkeiden "
                "käsittely, lainsäädäntö ja asiakaspalvelu. Osa koulutuksesta on oppimista "
                "työpaikalla (LIA) apteekissa, jossa palvelet asiakkaita ohjaajan tuella. "
                "Useimmat kaupungin koulutuksista valmistuneet saavat töitä alalta, usein "
                "sieltä, missä he olivat LIA-jaksolla.\n\n"
                "Voit seurata teoriaopetusta paikan päällä tai videon kautta. "
                "Yrkeshögskola-koulutus on maksuton, ja voit saada opintotukea CSN:ltä (Ruotsin "
                "opintotukikeskus)."
            ),
            "prerequisites": (
                "Yleinen kelpoisuus yrkeshögskola-koulutukseen, esimerkiksi toisen asteen "
                "tutkinto (*gymnasieexamen*) tai hyväksytyt kurssit ruotsissa tai ruotsissa "
                "toisena kielenä 1–3 ja englannissa 5. Lisäksi sinun täytyy täyttää koulutuksen "
                "mahdolliset erityiset pääsyvaatimukset."
            ),
            "occupation": "Apteekkiteknikko (apotekstekniker)",
        },
        "ar": {
            "title": "فني صيدلية – التعليم المهني العالي (yrkeshögskola)",
            "summary": (
                "قدّم النصح حول الأدوية والرعاية الذاتية واعمل في صيدلية – برنامج بعد المرحلة "
                "الثانوية يتضمن التعلّم في مكان العمل."
            ),
            "body": (
                "بصفتك فني صيدلية (*apotekstekniker*) تساعد الزبائن على إيجاد الأدوية المناسبة "
                "التي تُصرف دون وصفة طبية ومنتجات الرعاية الذاتية، وتتعامل مع الأدوية بأمان، "
                "وتعمل على الطلبيات والمخزون. يمكنك العمل في الصيدليات العامة، أو في صيدليات "
                "المستشفيات، أو في صناعة الأدوية أو تجارة الجملة.\n\n"
                "في عام 2022 أدارت مدينة ستوكهولم بنفسها 17 برنامجًا من برامج التعليم المهني "
                "العالي (*yrkeshögskola*)، ومن بينها برنامج فني صيدلية (ميزانية لجنة سوق العمل، "
                "*Arbetsmarknadsnämndens budget 2022*). تشمل المواد علم الأدوية، وعلم الأمراض، "
                "والتعامل مع الأدوية، والتشريعات، وخدمة الزبائن. جزء من البرنامج هو التعلّم في "
                "العمل (LIA) في صيدلية، حيث تخدم الزبائن تحت الإشراف. معظم خريجي برامج المدينة "
                "يجدون عملًا في مجالهم، وغالبًا في المكان الذي قضوا فيه فترة LIA.\n\n"
                "يمكنك متابعة الدروس النظرية حضوريًا أو عبر الفيديو. التعليم المهني العالي "
                "مجاني، ويمكنك الحصول على الدعم الدراسي من CSN (هيئة الدعم الدراسي)."
            ),
            "prerequisites": (
                "الأهلية العامة للتعليم المهني العالي، مثلًا شهادة المرحلة الثانوية "
                "(gymnasieexamen) أو النجاح في مواد السويدية أو السويدية كلغة ثانية (svenska "
                "eller svenska som andraspråk 1–3) والإنجليزية (engelska 5)، بالإضافة إلى شروط "
                "القبول الخاصة بالبرنامج إن وُجدت."
            ),
            "occupation": "فني صيدلية (apotekstekniker)",
        },
        "so": {
            "title": "Farsamayaqaanka farmashiyaha – waxbarasho xirfadeed oo sare (yrkeshögskola)",
            "summary": (
                "La tali dadka xagga daawooyinka iyo is-daryeelka, kana shaqee farmashiye – "
                "waxbarasho ka dambeysa dugsiga sare oo leh barasho goobta shaqada."
            ),
            "body": (
                "Farsamayaqaanka farmashiyaha (*apotekstekniker*) ahaan waxaad macaamiisha ka "
                "caawinaysaa inay helaan daawooyinka saxda ah ee aan u baahnayn warqadda "
                "dhakhtarka iyo alaabta is-daryeelka, waxaad si badbaado leh u maaraynaysaa "
                "daawooyinka, waxaadna ka shaqeynaysaa dalabaadka iyo kaydka. Waxaad ka shaqeyn "
                "kartaa farmashiyeyaasha dadweynaha, farmashiyeyaasha isbitaallada, warshadaha "
                "daawada ama ganacsiga jumlada.\n\n"
                "Sannadkii 2022 magaalada Stockholm waxay iyadu maamushay 17 waxbarasho "
                "xirfadeed oo sare (*yrkeshögskola*), oo ay ka mid tahay farsamayaqaanka "
                "farmashiyaha (miisaaniyadda Guddiga Suuqa Shaqada, *Arbetsmarknadsnämndens "
                "budget 2022*). Koorsooyinka waxaa ka mid ah cilmiga daawooyinka, cilmiga "
                "cudurrada, maaraynta daawooyinka, sharciyada iyo adeegga macaamiisha. Qayb ka "
                "mid ah waxbarashada waa barasho shaqada dhexdeeda ah (LIA) oo ka dhacda "
                "farmashiye, halkaas oo aad macaamiisha ugu adeegayso adigoo kormeer ku jira. "
                "Inta badan dadka ka qalin jabiya waxbarashooyinka magaalada waxay shaqo ka "
                "helaan xirfaddooda, badanaa meeshii ay ku sameeyeen LIA-da.\n\n"
                "Aragtida waxaad ka raaci kartaa goobta ama fiidiyow. Waxbarashada xirfadeed ee "
                "sare waa lacag la'aan, waxaadna ka heli kartaa kaalmada waxbarashada CSN "
                "(hay'adda kaalmada waxbarashada)."
            ),
            "prerequisites": (
                "Shuruudaha guud ee gelitaanka waxbarashada xirfadeed ee sare, tusaale ahaan "
                "shahaadada dugsiga sare (*gymnasieexamen*) ama inaad ku guuleysatay "
                "koorsooyinka iswiidhish ama iswiidhish luqad labaad ahaan 1–3 iyo Ingiriisi 5. "
                "Waxaa sidoo kale loo baahan yahay shuruudaha gaarka ah ee waxbarashadu "
                "leedahay, haddii ay jiraan."
            ),
            "occupation": "Farsamayaqaanka farmashiyaha (apotekstekniker)",
        },
    },
    "yh-medicinsk-sekreterare": {
        "fi": {
            "title": "Lääkärisihteeri – yrkeshögskola-koulutus etänä",
            "summary": (
                "Työskentele potilasasiakirjojen, hallinnon ja potilaskontaktien parissa "
                "terveydenhuollossa – kaksivuotinen etäkoulutus."
            ),
            "body": (
                "Lääkärisihteerit (*medicinska sekreterare*) ovat terveydenhuollon kirjaamisen "
                "ja hallinnon asiantuntijoita. He kirjoittavat ja tarkistavat "
                "potilaskertomuksia, koordinoivat lähetteitä ja tutkimustuloksia, ottavat "
                "vastaan potilaita ja huolehtivat siitä, että tieto hoidossa on oikeaa ja "
                "turvassa.\n\n"
                "Koulutusta järjestää Tukholman kaupungin oma *yrkeshögskola* (toisen asteen "
                "jälkeinen ammatillinen koulutus). Opiskelet lääketieteellistä termistöä, "
                "tautioppia, potilaskirjaamista ja kielentarkastusta, terveydenhuollon "
                "lainsäädäntöä ja tietoturvaa. Opiskelet teorian etänä opettajan johtamilla "
                "videotunneilla. Oppimisjaksolla työpaikalla (LIA) olet hoitoyksikössä, "
                "esimerkiksi sairaalassa tai terveyskeskuksessa (*vårdcentral*).\n\n"
                "Työ vaatii erittäin hyvää kirjallista ruotsia, joten sinulla pitäisi olla hyvät "
                "arvosanat ruotsista tai ruotsista toisena kielenä toisen asteen tasolla."
            ),
            "prerequisites": (
                "Yleinen kelpoisuus yrkeshögskola-koulutukseen, esimerkiksi toisen asteen "
                "tutkinto (*gymnasieexamen*) tai hyväksytyt kurssit ruotsissa tai ruotsissa "
                "toisena kielenä 1–3 ja englannissa 5. Tietokone ja internetyhteys."
            ),
            "occupation": "Lääkärisihteeri (medicinsk sekreterare)",
        },
        "ar": {
            "title": "سكرتير طبي – التعليم المهني العالي عن بُعد",
            "summary": (
                "اعمل في السجلات الطبية والإدارة والتواصل مع المرضى في الرعاية الصحية – برنامج "
                "مدته سنتان يُدرس عن بُعد."
            ),
            "body": (
                "السكرتيرون الطبيون (*medicinska sekreterare*) هم خبراء الرعاية الصحية في "
                "السجلات والإدارة. يكتبون السجلات الطبية ويراجعونها، وينسّقون الإحالات ونتائج "
                "الفحوصات، ويستقبلون المرضى، ويتأكدون من أن المعلومات في الرعاية صحيحة وآمنة.\n\n"
                "تدير هذا البرنامج مدرسة التعليم المهني العالي التابعة لمدينة ستوكهولم "
                "(*yrkeshögskola*). تدرس المصطلحات الطبية، وعلم الأمراض، وتوثيق السجلات "
                "والمراجعة اللغوية، وقوانين الرعاية الصحية، وأمن المعلومات. تدرس الجزء النظري عن "
                "بُعد مع دروس مباشرة عبر الفيديو يقدّمها معلم. خلال التعلّم في العمل (LIA) تكون "
                "في وحدة رعاية، مثل مستشفى أو مركز رعاية صحية (*vårdcentral*).\n\n"
                "تتطلب هذه المهنة مستوى جيدًا جدًا في الكتابة باللغة السويدية، لذلك يجب أن تكون "
                "قد حصلت على نتائج جيدة في السويدية أو السويدية كلغة ثانية في المرحلة الثانوية."
            ),
            "prerequisites": (
                "الأهلية العامة للتعليم المهني العالي، مثلًا شهادة المرحلة الثانوية "
                "(gymnasieexamen) أو النجاح في مواد السويدية أو السويدية كلغة ثانية (svenska "
                "eller svenska som andraspråk 1–3) والإنجليزية (engelska 5). جهاز كمبيوتر واتصال "
                "بالإنترنت."
            ),
            "occupation": "سكرتير طبي (medicinsk sekreterare)",
        },
        "so": {
            "title": "Xoghayaha caafimaadka – waxbarasho xirfadeed oo sare, online",
            "summary": (
                "Ka shaqee diiwaannada bukaanka, maamulka iyo la xiriirka bukaanka ee daryeelka "
                "caafimaadka – waxbarasho laba sano ah oo online ah."
            ),
            "body": (
                "Xoghayeyaasha caafimaadka (*medicinska sekreterare*) waa khubarada daryeelka "
                "caafimaadka ee diiwaannada iyo maamulka. Waxay qoraan oo hubiyaan diiwaannada "
                "bukaanka, waxay isku duwaan gudbinta bukaanka (*remiss*) iyo natiijooyinka "
                "baaritaannada, waxay soo dhaweeyaan bukaanka, waxayna hubiyaan in macluumaadka "
                "daryeelku sax yahay oo ammaan yahay.\n\n"
                "Waxbarashada waxaa maamusha dugsiga xirfadeed ee sare ee magaalada Stockholm "
                "(*yrkeshögskola*). Waxaad baranaysaa ereybixinta caafimaadka, cilmiga "
                "cudurrada, qorista diiwaannada iyo hubinta luqadda, sharciyada daryeelka "
                "caafimaadka iyo ammaanka macluumaadka. Aragtida waxaad ku baranaysaa online, "
                "adigoo ka qayb galaya casharro toos ah oo fiidiyow ah oo macallin bixiyo. Inta "
                "lagu jiro barashada shaqada dhexdeeda (LIA) waxaad joogaysaa xarun daryeel, "
                "tusaale ahaan isbitaal ama xarun caafimaad (*vårdcentral*).\n\n"
                "Shaqadu waxay u baahan tahay iswiidhish qoraal ah oo aad u wanaagsan, sidaas "
                "darteed waa inaad natiijooyin wanaagsan ku heshay iswiidhish ama iswiidhish "
                "luqad labaad ahaan heerka dugsiga sare."
            ),
            "prerequisites": (
                "Shuruudaha guud ee gelitaanka waxbarashada xirfadeed ee sare, tusaale ahaan "
                "shahaadada dugsiga sare (*gymnasieexamen*) ama inaad ku guuleysatay "
                "koorsooyinka iswiidhish ama iswiidhish luqad labaad ahaan 1–3 iyo Ingiriisi 5. "
                "Kombiyuutar iyo internet."
            ),
            "occupation": "Xoghaye caafimaad (medicinsk sekreterare)",
        },
    },
}
