//! Legitimate text with spam's vocabulary or spam's shapes stays prose:
//! posts that cite links (a roundup, a blogroll, an image credit, a
//! changelog, a reader's reply with documentation links, HTML anchors to
//! what a post discusses, a configuration listing) and text dense in a spam
//! category's words (a drug review, a pharmacology paragraph, luxury-brand
//! news, a casino-regulation story, betting odds in a sports report, an
//! SEO how-to, an article about spam), in several languages.

use spamsplit::Detector;

/// Posts whose links cite what they talk about: the links sell nothing.
const POSTS_WITH_LINKS: &[(&str, &str)] = &[
    (
        "a pottery class answering on KakaoTalk, Korean",
        "이번 달 도자기 공방 원데이 클래스 일정입니다. 토요일 오후 2시, 재료비 포함 5만원입니다. \
         문의는 카톡 ID potteryclass 또는 블로그 https://blog.naver.com/potteryclass 로 \
         연락주세요.",
    ),
    (
        "praise for a blog named beside its front page",
        "Great read from the Cloudflare blog: https://blog.cloudflare.com/",
    ),
    (
        "praise for a named blog, German",
        "Sehr lesenswert, das Blog von Fefe: https://blog.fefe.de/",
    ),
    (
        "praise for a named blog, French",
        "Très intéressant, le blog de Stéphane Bortzmeyer : https://www.bortzmeyer.org/",
    ),
    (
        "praise for a blog whose host glues its author's name, Spanish",
        "Muy interesante el blog de Enrique Dans: https://www.enriquedans.com/",
    ),
    (
        "praise, then the site of a named author, with a possessive",
        "Great post, thanks! For more, read Martin Kleppmann's book and his site \
         https://martin.kleppmann.com/",
    ),
    (
        "praise, then the site a named author has, Italian",
        "Ottimo articolo, grazie! Per chi vuole approfondire consiglio il libro di Martin \
         Kleppmann e il suo sito https://martin.kleppmann.com/",
    ),
    (
        "praise, then the page a named author has, German",
        "Toller Beitrag, danke! Mehr dazu im Buch von Martin Kleppmann und auf seiner Seite \
         https://martin.kleppmann.com/",
    ),
    (
        "a line of praise over a project's blog",
        "Great stuff from the Rust team this week: https://blog.rust-lang.org/",
    ),
    (
        "a blogroll with a word of praise for each",
        "Blogroll\n\nJulia Evans, always great content: https://jvns.ca/\nDan Luu: \
         https://danluu.com/\nSimon Willison, I learned a lot from his posts: \
         https://simonwillison.net/",
    ),
    (
        "a tech post naming products that end in an acronym",
        "ChatGPT and the OpenAI API now support GraphQL-style tools, see \
         https://platform.example.com/docs/tools",
    ),
    (
        "a tech post naming products that end in an acronym, German",
        "Wir sind von MySQL auf PostgreSQL umgezogen; ChatGPT half beim Schreiben der \
         Migration: https://blog.example.de/2024/postgres",
    ),
    (
        "a tech post naming products that end in an acronym, Chinese",
        "我们把 NordVPN 换成了 ProtonVPN，ChatGPT 也能用了：https://blog.example.cn/2024/vpn",
    ),
    (
        "a heading over the week's links, Chinese",
        "本周链接：\n\nhttps://blog.example.cn/2024/05/weekly-issue-300.html\n\
         https://code.example.com/rust-lang/rust/releases\n\n下周见。",
    ),
    (
        "a helpline to call, with its page",
        "Gambling addiction help: if you or someone you know is struggling, call the national \
         problem gambling helpline at 1-800-522-4700, open 24/7, or visit \
         https://www.ncpg.example.org/help-treatment/",
    ),
    (
        "a roundup paragraph with a shop word in a title, English",
        "Links for the week:\n\n\
         A great intro to Rust lifetimes https://blog.example.com/rust-lifetimes\n\
         Why SQLite is so fast https://www.sqlite.example.org/fasterthanfs.html\n\
         The best cheap mechanical keyboards of 2024 \
         https://www.reviews.example.com/keyboard/reviews/best/mechanical",
    ),
    (
        "a roundup paragraph with a shop word in a title, German",
        "Links der Woche:\n\n\
         Eine gute Einführung in Rust https://blog.example.de/rust-einfuehrung\n\
         Warum SQLite so schnell ist https://www.sqlite.example.org/schnell.html\n\
         Die besten günstigen Tastaturen 2024 https://www.test.example.de/tastaturen/bestenliste",
    ),
    (
        "a roundup paragraph with a shop word in a title, Chinese",
        "本周链接：\n\n\
         Rust 生命周期入门 https://blog.example.cn/rust-lifetimes\n\
         SQLite 为什么这么快 https://www.sqlite.example.org/fast.html\n\
         2024 年最值得买的便宜机械键盘 https://www.review.example.cn/keyboards/2024",
    ),
    (
        "link roundup, English",
        "Links for the week\n\n\
         A careful look at error handling in Rust\nhttps://blog.example.org/2024/errors\n\n\
         Why one SQLite file is enough for most small sites\nhttps://notes.example.com/sqlite-enough\n\n\
         The history of the tab key\nhttps://www.example.net/history/tab-key",
    ),
    (
        "a reader's thanks with a documentation link, in a comment section",
        "Anna says:\nMarch 3, 2019 at 10:15 am\n\nThanks for this! The same trick works on macOS, \
         see https://support.apple.com/guide/terminal/welcome/mac\n\n\
         Tom says:\nMarch 4, 2019 at 8:02 am\n\nGreat post, bookmarked.",
    ),
    (
        "blogroll, English",
        "Blogroll\n\n\
         Julia on systems: https://jvns.example.ca\n\
         Dan writes about hardware: https://danluu.example.com\n\
         Simon's weblog: https://simonwillison.example.net\n\
         The Old New Thing: https://devblogs.example.com/oldnewthing",
    ),
    (
        "image credit with licence link",
        "The bridge was finished in 1932 and carried trams until 1958.\n\n\
         Photo: Jane Miller, Wikimedia Commons, CC BY-SA 4.0 \
         (https://creativecommons.org/licenses/by-sa/4.0/)",
    ),
    (
        "a site announcing its new addresses",
        "This blog has moved.\n\nNew address: https://blog.example.net\n\
         Feed: https://blog.example.net/feed.xml\n\
         Old posts redirect automatically; please update your bookmarks.",
    ),
    (
        "reader's reply with two documentation links",
        "Thanks for the write-up! You can set the log level per module, see \
         https://docs.python.org/3/library/logging.html and the cookbook at \
         https://docs.python.org/3/howto/logging-cookbook.html for examples.",
    ),
    (
        "HTML post with anchors to what it discusses",
        "<p>Today I finally read <a href=\"http://www.example.com/articles/fire-and-motion.html\">Fire \
         and Motion</a>, which a friend sent me last week. It argues that steady small steps beat \
         grand plans.</p>\n<p>It reminded me of <a href=\"http://weblog.example.org/2006/03/steady\">this \
         older post</a> about writing every day.</p>",
    ),
    (
        "configuration listing with repeated directives",
        "server {\n    listen 80;\n    server_name example.org www.example.org;\n\
         location / {\n        proxy_pass http://127.0.0.1:8080;\n    }\n\
         location /static/ {\n        root /var/www/example;\n    }\n\
         location /media/ {\n        root /var/www/example;\n    }\n}",
    ),
    (
        "changelog, English",
        "Release 2.4.0\n\n- Fixed a crash when the input file is empty (#412)\n\
         - New option --quiet\n- Faster start-up on large projects\n\n\
         Download: https://github.com/example/tool/releases/tag/v2.4.0",
    ),
    (
        "changelog, German",
        "Version 3.1.2\n\n- Fehler beim Speichern langer Dateinamen behoben\n\
         - Neue Option für den Dunkelmodus\n- Übersetzungen aktualisiert\n\n\
         Herunterladen: https://example.de/downloads/version-3-1-2",
    ),
    (
        "news links whose pages are about brands and products",
        "Weekly links:\n\n* Nike's new CEO on the brand's turnaround - \
         https://www.ft.example.com/content/nike-ceo\n\
         * Why handbag prices keep rising - https://www.economist.example.com/2024/handbags\n\
         * A history of the sneaker - https://www.theverge.example.com/2023/sneakers",
    ),
    (
        "short link post, Chinese",
        "推荐一个整理配置文件的小工具：https://github.com/example/dotfiles-manager 用了一个月，很顺手。",
    ),
    (
        "link roundup, Chinese",
        "本周阅读\n\n1. 如何写出容易测试的代码 https://example.cn/posts/testable-code\n\
         2. 浏览器缓存机制详解 https://example.cn/posts/browser-cache\n\
         3. 数据库索引入门 https://example.cn/posts/db-index",
    ),
    (
        "blog post with one link, Italian",
        "Ho scritto un breve articolo su come configurare il backup automatico del server di casa. \
         Lo trovate qui: https://blog.example.it/backup-automatico. Commenti e correzioni sono benvenuti.",
    ),
];

/// Text dense in one spam category's words, written as prose.
const DENSE_VOCABULARY: &[(&str, &str)] = &[
    (
        "patient review of a sleeping pill",
        "I took Ambien for two weeks after my surgery. It helped me fall asleep, but I felt \
         groggy every morning and once woke up in the kitchen with no memory of walking there. \
         My doctor switched me to trazodone, which suits me better.",
    ),
    (
        "patient review of Viagra",
        "Viagra worked for me, but the 100 mg dose gave me headaches and a stuffy nose. \
         Half a tablet was enough. Talk to your doctor first, especially if you take blood \
         pressure medicine.",
    ),
    (
        "patient review naming three drugs",
        "Xanax calmed my panic attacks quickly but I worried about dependence, so my psychiatrist \
         moved me to sertraline. The first weeks were rough, with nausea and poor sleep. \
         Now, after six months, I only keep a few tablets of lorazepam for flights.",
    ),
    (
        "pharmacology paragraph",
        "Sertraline, escitalopram and fluoxetine are selective serotonin reuptake inhibitors. \
         They are first-line treatments for depression and anxiety disorders. Tramadol and \
         linezolid raise the risk of serotonin syndrome when combined with them, and \
         omeprazole can raise citalopram levels.",
    ),
    (
        "drug pricing news, Spanish",
        "El precio de la insulina y del omeprazol bajará a partir de enero, según el Ministerio de \
         Sanidad. La medida también afecta al ibuprofeno y al paracetamol de venta en farmacias, \
         y se financiará con los presupuestos del próximo año.",
    ),
    (
        "luxury-brand business news",
        "Shares of Moncler rose 4% on Tuesday after the Italian maker of down jackets reported \
         higher sales in Asia. Gucci owner Kering and Louis Vuitton's parent LVMH have both warned \
         of weaker demand, while Prada said its Miu Miu label kept growing.",
    ),
    (
        "fashion report, French",
        "Chez Chanel comme chez Dior, la saison a misé sur le noir et le blanc. Balenciaga a \
         présenté des manteaux immenses, tandis que Hermès est resté fidèle au cuir et aux \
         couleurs sobres. Les prix des sacs ont encore augmenté cette année.",
    ),
    (
        "casino-regulation story",
        "The Gambling Commission fined an online casino operator £2 million for failing to check \
         where customers' money came from. The regulator said the company let one player lose \
         £400,000 on slots in three months without asking questions. Sports betting adverts \
         will also face new limits next year.",
    ),
    (
        "casino-regulation story, German",
        "Die Glücksspielbehörde hat einem Online-Casino die Lizenz entzogen. Der Anbieter habe \
         Spieler nicht ausreichend vor Spielsucht geschützt, hieß es. Auch Sportwetten sollen \
         künftig strenger kontrolliert werden, kündigte das Innenministerium an.",
    ),
    (
        "betting odds in a sports story",
        "Bookmakers make Arsenal 2/1 favourites to win the league after Sunday's win, with City at \
         5/2. The odds on Liverpool drifted to 4/1 following the injury to their captain, who \
         will miss the next three matches.",
    ),
    (
        "casino news, Chinese",
        "澳门博彩监察协调局公布，上月赌场收入同比增长百分之十二。分析师认为，旅客人数回升是主要原因，\
         但政府仍将限制新的博彩牌照。",
    ),
    (
        "SEO how-to",
        "Backlinks still matter for search rankings, but buying them is a risk: Google may \
         penalise the whole site. Write pages that answer real questions, fix slow pages first, \
         and ask the sites you already work with to link to your documentation.",
    ),
    (
        "an article about comment spam",
        "Comment spam has changed. Ten years ago bots pasted lists of pharmacy links; today they \
         write a sentence of praise for the post and hide one link in the author's name. \
         Moderation plugins look at how fast a comment is written and whether its author \
         visited the page at all.",
    ),
    (
        "news about seized counterfeit watches",
        "Replica watches are illegal to sell in the EU. Customs seized 20,000 fake Rolex and \
         Omega watches at the port of Rotterdam last year, officials said.",
    ),
    (
        "a patient buying a generic at the pharmacy",
        "I have been on metformin for three years. I buy it at the local pharmacy and with my \
         insurance it is cheap, about $4 a month. The stomach upset went away after a few weeks.",
    ),
    (
        "a hotel review that mentions the slots",
        "We stayed at the casino hotel in Las Vegas for two nights. The rooms were fine, the \
         buffet was great, and we lost $50 at the slots before giving up.",
    ),
    (
        "a match preview with a bookmaker's odds",
        "Tonight's match: Arsenal vs Chelsea. Bet365 has Arsenal at 2.10 and the draw at 3.40. \
         Remember to gamble responsibly; set a deposit limit before you start.",
    ),
    (
        "a casino raid in the news, Russian",
        "В Москве закрыли подпольное казино, изъяли игровые автоматы. Ставки на спорт в России \
         разрешены только у легальных букмекеров.",
    ),
    (
        "a gambling crackdown in the news, Indonesian",
        "Polisi menangkap 12 orang terkait judi online di Jakarta. Situs slot tersebut sudah \
         diblokir oleh Kominfo, kata juru bicara polisi.",
    ),
    (
        "loan advice, English",
        "If you need a personal loan, compare the annual percentage rate rather than the monthly \
         payment. Credit unions often lend at lower rates than banks, and a longer term means \
         paying more interest in total.",
    ),
];

/// Long texts that name one brand or drug all the way through: what spun
/// copy does, but written as reporting, advice or review.
const LONG_DENSE: &[(&str, &str)] = &[
    (
        "a patient's review of three drugs, each with its generic name",
        "I have tried three different medications for my erectile dysfunction over the past \
         year. Viagra (sildenafil) worked well but gave me headaches and a stuffy nose. Cialis \
         (tadalafil) lasted much longer, which was nice for the weekend, but caused back pain. \
         Levitra (vardenafil) was the mildest for side effects.\n\n\
         My urologist suggested trying the generic versions to save money, and honestly I \
         noticed no difference. The pharmacy price dropped from about $70 a pill to under $5.",
    ),
    (
        "a patient's review of three drugs, German",
        "Ich habe drei Mittel gegen Erektionsstörungen ausprobiert. Viagra (Sildenafil) wirkte \
         gut, machte aber Kopfschmerzen. Cialis (Tadalafil) hielt länger an, verursachte aber \
         Rückenschmerzen. Levitra (Vardenafil) hatte die wenigsten Nebenwirkungen, sagte mein \
         Arzt, und das stimmte auch bei mir.",
    ),
    (
        "an SEO how-to that warns against buying links",
        "## How to improve your site's SEO\n\n\
         1. Write descriptive page titles and meta descriptions.\n\
         2. Use clean URLs, e.g. https://example.com/blog/seo-basics.\n\
         3. Get backlinks from relevant sites; never buy links, as Google penalises paid link \
         schemes.\n\
         4. Improve page speed (see https://pagespeed.web.dev/).\n\n\
         Avoid agencies that promise 'guaranteed first page rankings': nobody can guarantee that.",
    ),
    (
        "a business story about one luxury brand",
        "Gucci's sales fell again in the third quarter, the fashion house's owner Kering said on \
         Tuesday, as shoppers in China and the United States cut back on handbags and shoes. \
         Revenue at Gucci dropped 25 percent to 1.6 billion euros, a steeper fall than analysts had \
         expected, and the group warned that the brand's recovery would take longer than planned.\n\n\
         The new creative director's first collections have reached the shops, but store traffic \
         remains weak. Kering has closed several Gucci stores in mainland China and cut prices on \
         some older handbags to clear stock. Analysts at two banks lowered their forecasts for the \
         brand and for the group as a whole.\n\n\
         Other labels are doing better. Hermès and Prada both reported growing sales, helped by \
         wealthy customers who kept buying leather goods. Kering's chief executive said the company \
         would invest in fewer, larger Gucci stores and spend more on advertising next year.\n\n\
         Shares in Kering fell 4 percent in Paris. The stock has lost almost half its value since \
         the start of last year, as investors doubt that Gucci can return to the growth it \
         enjoyed before the pandemic, when its logo bags and sneakers sold out within days.",
    ),
    (
        "a long patient review of one drug",
        "I have taken sertraline for almost two years now, and I want to write down how it went \
         for anyone who is starting. The first two weeks on sertraline were hard: I felt nauseous \
         every morning, slept badly and had a strange buzzing feeling in my head. My doctor told me \
         to take it with breakfast, which helped with the nausea.\n\n\
         Around week five the fog lifted. I noticed I was not dreading phone calls any more, and I \
         went back to swimming. We raised the dose from 50 mg to 100 mg after three months, and \
         that is where I have stayed. The side effects that remained were mostly sexual, which is \
         common with sertraline and other SSRIs, and I talked about it openly with my doctor.\n\n\
         Last winter I tried to stop too quickly and had dizziness and irritability for a week, so \
         if you stop, taper slowly with your doctor. Sertraline is not a miracle, and therapy did \
         as much for me as the tablets, but together they gave me my life back. Be patient with \
         the first month, keep a diary of how you feel, and ask questions at every appointment.",
    ),
];

/// News sentences that open on a brand, a product and a shop word and go
/// on as a sentence: the keywords are the sentence's subject.
const SALE_NEWS: &[(&str, &str)] = &[
    (
        "jackets on sale, English",
        "Moncler jackets are on sale at Nordstrom this week: 30% off selected styles, \
         free shipping on orders over $89.",
    ),
    (
        "bags on sale, English",
        "Gucci bags are on sale at Saks this weekend, with discounts of up to 40% on last \
         season's styles.",
    ),
    (
        "shoes on sale, English",
        "Nike shoes on sale: Macy's cut prices on running shoes by a quarter ahead of the \
         holidays.",
    ),
    (
        "a factory outlet in the news, English",
        "The Ugg boots outlet in Camarillo will close in March, the company said in a statement.",
    ),
    (
        "an outlet discount, German",
        "Die Preise für Nike Air Max Schuhe sind im Outlet um bis zu 50 Prozent reduziert, \
         berichtet die Zeitung.",
    ),
    (
        "winter sales, French",
        "Les soldes d'hiver commencent mercredi : les sacs Longchamp et les doudounes Moncler \
         sont déjà en promotion dans la plupart des magasins.",
    ),
    (
        "shoes on sale, Italian",
        "Le scarpe Hogan in saldo sono andate esaurite in poche ore nel negozio di via \
         Montenapoleone.",
    ),
];

/// News of a raid on counterfeit goods names the fakes and their brands
/// together, as replica spam does; the seizure tells it is news.
const ENFORCEMENT_NEWS: &[(&str, &str)] = &[
    (
        "a seizure listing four brands' fakes, French",
        "La police a saisi des montres Rolex contrefaites, des sacs Louis Vuitton et des sacs \
         Gucci, ainsi que des baskets Nike, dans un entrepôt de Marseille.",
    ),
    (
        "a seizure at a port, English",
        "Customs officers seized replica watches and fake handbags worth two million euros at \
         the port.",
    ),
    (
        "a warehouse raid, English",
        "Replica handbags seized: police in Milan found 2,000 fake Gucci and Prada bags in a \
         warehouse.",
    ),
    (
        "a seizure, German",
        "Polizei und Zoll haben in Hamburg 5.000 gefälschte Gucci Taschen und Rolex Uhren \
         beschlagnahmt.",
    ),
    (
        "a seizure, French",
        "La police a saisi 3 000 faux sacs Louis Vuitton et des montres Rolex contrefaites à \
         Marseille.",
    ),
    (
        "a seizure, Italian",
        "La Guardia di Finanza ha sequestrato borse false Prada e Gucci in un magazzino di Napoli.",
    ),
    (
        "a seizure, Spanish",
        "La policía incautó miles de bolsos falsos de Louis Vuitton y relojes Rolex en Madrid.",
    ),
    (
        "a seizure, Russian",
        "Полиция изъяла партию поддельных сумок Louis Vuitton и часов Rolex на складе.",
    ),
    // A short sentence that reports may name more terms than words around
    // them: the report is what they are.
    (
        "a fine, English",
        "The regulator fined an online pharmacy for selling Viagra without a prescription. The \
         decision is public.",
    ),
    (
        "a short seizure, English",
        "Police seized replica watches and fake Gucci bags worth two million dollars at the port.",
    ),
    (
        "a fine, French, with the regulator's page",
        "La CNIL a sanctionné une pharmacie en ligne pour avoir vendu du Viagra sans ordonnance. \
         Le communiqué : https://www.regulateur.example.fr/sanction-pharmacie-en-ligne",
    ),
    (
        "a sanction, German",
        "Die Aufsichtsbehörde hat eine Online-Apotheke sanktioniert, die Viagra ohne Rezept \
         verkaufte.",
    ),
];

/// A complaint about spam quotes what the spam sells, in the sentence that
/// names it.
const COMPLAINTS_ABOUT_SPAM: &[(&str, &str)] = &[
    (
        "a blog quoting the spam comments it got",
        "Our WordPress blog got 3,000 spam comments last month. Most were the usual: 'cheap \
         viagra online', 'replica watches', 'best casino bonus', 'payday loans no credit check', \
         each with a link.",
    ),
    (
        "a blog quoting the spam comments it got, German",
        "Unser Blog bekam letzten Monat 2.000 Spam-Kommentare. Die meisten waren das Übliche: \
         „viagra kaufen ohne rezept“, „online casino bonus“, „replica uhren“, jeweils mit Link.",
    ),
    (
        "a blog quoting the spam comments it got, French guillemets",
        "Notre blog a reçu 2 000 commentaires de spam le mois dernier. La plupart étaient les \
         habituels : « viagra pas cher », « casino en ligne », « montres replica », chacun avec \
         un lien.",
    ),
    (
        "an inbox, English",
        "My inbox is full of spam for cheap viagra, cialis and replica watches again; the filter \
         stopped working after the update.",
    ),
    (
        "a comment section, English",
        "The spammers keep posting 'cheap ugg boots outlet' and 'louis vuitton bags sale' under \
         every article, so we turned comments off.",
    ),
    (
        "a blog's comments, French",
        "Notre blog reçoit des centaines de commentaires de spam pour des sacs Louis Vuitton pas \
         cher et du viagra sans ordonnance chaque jour.",
    ),
    (
        "a filter's figures, English",
        "Akismet blocked 12,000 spam comments last month, most of them pushing online casino \
         bonuses, payday loans and cheap Canada Goose jackets.",
    ),
    (
        "a blog's comments, German",
        "Wir bekommen täglich Spamkommentare mit billigen Rolex Replicas und Viagra ohne Rezept.",
    ),
    (
        "a blog's comments, German, hyphenated",
        "Wir bekommen täglich Spam-Kommentare mit billigen Rolex Replicas und Viagra ohne Rezept.",
    ),
    (
        "a forum, Spanish",
        "Este foro se llenó de spam de casino online, apuestas deportivas y préstamos rápidos, así \
         que activamos la moderación.",
    ),
];

/// News of a trade made legal names its operators and their offers as
/// an advert does; the legalisation tells it is news.
const LEGALISATION_NEWS: &[(&str, &str)] = &[
    (
        "betting made legal, English",
        "Online sports betting became legal in Ohio on January 1; DraftKings, FanDuel and \
         BetMGM all launched apps with sign-up bonuses.",
    ),
    (
        "betting legalised, Spanish",
        "Colombia legalizó las apuestas deportivas online en 2016 y hoy más de veinte casinos \
         online ofrecen bonos de bienvenida con licencia.",
    ),
    (
        "casinos legalised, German",
        "Seit der Legalisierung der Online-Casinos bieten 30 Anbieter in Deutschland \
         Sportwetten und Freispiele mit Lizenz an.",
    ),
];

/// A patient's review that says what a drug cost at their pharmacy: the
/// drug, a shop word and a price, as a pharmacy advert has them, told by a
/// patient (their doctor, what they took).
const PATIENT_REVIEWS: &[(&str, &str)] = &[
    (
        "a patient who orders the generic online",
        "Viagra 100mg works every time. I order generic sildenafil online from a Canadian \
         pharmacy, about $1 a pill.",
    ),
    (
        "a patient on price and insurance",
        "Cheaper to buy generic tadalafil with GoodRx than use my insurance. Works for me, \
         mild back pain.",
    ),
    (
        "a patient on a switch to the generic",
        "Switched from Viagra to generic sildenafil, $12 for 30 pills at Costco. Works great \
         for me.",
    ),
    (
        "a patient on the generic's price",
        "I'm taking Adderall 10mg, the generic is way cheaper than the brand and works for me.",
    ),
    (
        "a patient's side effects, Japanese",
        "バイアグラを処方してもらいましたが、頭痛の副作用がありました。医師と相談して量を減らしました。",
    ),
    (
        "a patient's account, Chinese",
        "医生给我开了伟哥，效果不错，但是有点头痛。",
    ),
    (
        "a doctor's advice, Korean",
        "비뇨기과 의사는 비아그라 복용 전에 심장 질환이 있는지 확인해야 한다고 말했다.",
    ),
    (
        "Viagra and its generic, English",
        "Viagra worked well for me. Mild headache and a stuffy nose, nothing serious. Cheaper \
         generic sildenafil works just as well and my pharmacy had it for $12.",
    ),
    (
        "a switch to a generic, English",
        "My doctor switched me from Xanax to cheaper generic alprazolam; it costs $8 a month \
         with insurance and works the same.",
    ),
    (
        "a sleeping pill's price, English",
        "I was prescribed Ambien 10mg for insomnia. The generic zolpidem is cheap at my local \
         pharmacy, about $10 for 30 tablets.",
    ),
    (
        "a generic's price, German",
        "Mein Arzt hat mir Sildenafil statt Viagra verschrieben, in meiner Apotheke kostet das \
         Generikum nur 15 Euro. Wirkt genauso gut.",
    ),
    (
        "a generic's price, French",
        "Mon médecin m'a prescrit du tadalafil générique à la place du Cialis, c'est beaucoup \
         moins cher en pharmacie.",
    ),
    (
        "a generic's price, Spanish",
        "Mi médico me recetó sildenafil genérico en lugar de Viagra; en mi farmacia cuesta la \
         mitad y funciona igual.",
    ),
    (
        "a generic's price, Russian",
        "Мой врач назначил дженерик силденафила вместо виагры, в аптеке он стоит в три раза \
         дешевле.",
    ),
];

/// Text with dates and times beside spam's words: a date and its time
/// have as many digits as a phone number, and are none.
const DATED_TEXT: &[(&str, &str)] = &[
    (
        "an order history",
        "Order history\n2023-01-15 10:22  Nike Air Max 90  $120.00\n\
         2023-02-03 14:05  Adidas Ultraboost  $180.00\n2023-03-11 09:47  Asics Gel-Kayano  $160.00",
    ),
    (
        "a server log",
        "Server log:\n2021-08-22 22:21:05 INFO sale service started\n\
         2021-08-22 22:21:07 WARN cache miss for product 4411\n2021-08-22 22:21:09 INFO checkout ok",
    ),
    (
        "a flight notice",
        "Flight LH 400 departs 2024-05-01 13:05 from Frankfurt; cheap fares sold out quickly.",
    ),
    (
        "meeting notes",
        "Meeting notes 2023-11-02 09:30: discussed the outlet store lease, the casino \
         partnership and the new pharmacy wing.",
    ),
    (
        "meeting notes, German",
        "Protokoll vom 02.11.2023 09:30: Mietvertrag für den Outlet-Laden, Partnerschaft mit \
         dem Casino und der neue Apothekenflügel besprochen.",
    ),
];

/// Text that cites a page about its subject: the page's path names a drug,
/// a loan or a casino as the text does, and the host sells nothing.
const PAGES_CITED_BY_TOPIC: &[(&str, &str)] = &[
    (
        "a drug's patent, with the health service's page",
        "Pfizer's patent on Viagra expired in 2020, and generic sildenafil is now sold by most \
         pharmacies. See https://www.nhs.example.uk/medicines/sildenafil/ for the dosage and side \
         effects, and ask your doctor first.",
    ),
    (
        "a debt charity's page",
        "I got out of my payday loan with help from a charity, \
         https://www.debtcharity.example.org/debt-info/payday-loans.aspx, which explains your \
         rights and the fees a lender may charge.",
    ),
    (
        "a regulator's page, French",
        "Le casino en ligne reste interdit en France. L'autorité des jeux le rappelle sur \
         https://regulateur.example.fr/casino-en-ligne-interdiction et publie la liste des sites \
         agréés pour les paris sportifs.",
    ),
    (
        "a regulator's page, Chinese",
        "关于在线赌场的新规定，请参见 https://www.gov.example.cn/zhengce/online-casino-rules.html 。\
         监管部门表示，违法的网络赌博网站将被关闭。",
    ),
    (
        "a regulator's page, Italian",
        "Il gioco d'azzardo online è regolato dall'agenzia: \
         https://www.agenzia.example.it/portale/casino-online-regole. I siti senza licenza \
         vengono oscurati.",
    ),
];

/// A number as long as a phone's beside a brand or a shop word: a seller's
/// contact, an order or a parcel. A number sells a line only beside the
/// words of one (support, helpline) or a vice term.
const NUMBERS_BESIDE_GOODS: &[(&str, &str)] = &[
    (
        "what a drug costs at the pharmacy",
        "Viagra costs about $10 a pill at the pharmacy, generic sildenafil only $1.",
    ),
    (
        "what a drug costs at the pharmacy, German (the sign after the amount)",
        "Viagra kostet in der Apotheke etwa 10 € pro Tablette, das Generikum Sildenafil nur 1 €.",
    ),
    (
        "what a drug costs at the pharmacy, French",
        "Le Cialis coûte environ 15 € le comprimé en pharmacie, le générique tadalafil beaucoup \
         moins.",
    ),
    (
        "a classified ad with a phone number",
        "FOR SALE: 2015 Honda Civic, 80,000 miles, one owner, new tires. $9,500 or best offer. \
         Call 555-201-3344 after 6pm.",
    ),
    (
        "a parcel's tracking number",
        "Tracking number 1Z 999 AA1 01 2345 6784. Your Nike order will arrive on Tuesday.",
    ),
    (
        "an order number, German",
        "Ihre Nike Bestellung 4411-2290-3381 wurde versandt und kommt am Donnerstag an.",
    ),
    (
        "an order number, French",
        "Votre commande Adidas 4411-2290-3381 a été expédiée et arrivera jeudi.",
    ),
];

/// Goods, brands and prices named beside links that cite a page about them
/// (a roundup, a deals post, a photo credit), and a buyer's own account of
/// a purchase.
const NAMES_BESIDE_CITED_PAGES: &[(&str, &str)] = &[
    (
        "a roundup of reviews of branded goods",
        "This week's reading: the Adidas Ultraboost review at \
         https://www.shoemag.example.com/reviews/ultraboost-22 and a long piece on Gucci's \
         new creative director at https://www.fashionweekly.example.com/news/gucci-director",
    ),
    (
        "a roundup of reviews of branded goods, Chinese",
        "本周推荐：耐克新款跑鞋评测 https://www.paobu.example.cn/review/nike-2024.html ，\
         以及路易威登的历史 https://www.shishang.example.cn/story/lv-history.html",
    ),
    (
        "a roundup of reviews of branded goods, German",
        "Lesetipps der Woche: der Test der neuen Nike Laufschuhe unter \
         https://www.laufen.example.de/test/nike-pegasus und ein Bericht über Prada unter \
         https://www.mode.example.de/artikel/prada-mailand",
    ),
    (
        "a deals post with the product pages",
        "Deals this week: the Kindle Paperwhite is down to $99 and the Bose QC45 to $229.\n\
         https://www.bigstore.example.com/dp/B08KTZ8249\n\
         https://www.bigstore.example.com/dp/B098FKXT8L",
    ),
    (
        "a photo credit naming cheap goods, with the licence",
        "Photo: cheap sunglasses at a beach stall in Goa. Credit: Ravi K. / Flickr, \
         CC BY-SA 2.0 (https://creativecommons.org/licenses/by-sa/2.0/)",
    ),
    (
        "a buyer's account of a purchase",
        "I bought generic sildenafil at my local chemist; it is far cheaper than Viagra.",
    ),
    (
        "a buyer's account of a purchase, Portuguese",
        "Comprei sildenafil genérico na farmácia, muito mais barato que o Viagra.",
    ),
    (
        "a buyer's account of a purchase, Spanish",
        "Compré sildenafil genérico en la farmacia, mucho más barato que la Viagra.",
    ),
    (
        "a buyer's account of a purchase, Indonesian",
        "Saya beli obat generik sildenafil di apotek, harganya jauh lebih murah dari Viagra.",
    ),
];

/// A text that talks of the trade rather than selling it: a post about
/// spam names the spam's wares, a buyer says where they bought, news
/// reports a casino's offers; each may link the page it speaks of.
const TALK_OF_THE_TRADE: &[(&str, &str)] = &[
    (
        "a blogger's complaint about spam, with the filter's site",
        "Spam comments on my blog went from 10 a day to 500 a day, all selling cheap Ugg boots \
         and replica watches. Akismet catches most of them: https://akismet.com/",
    ),
    (
        "a complaint about spam, German",
        "Unter meinem Blog landen jeden Tag Spam-Kommentare, die billige Rolex Uhren anbieten. \
         Dagegen hilft ein Filter: https://www.spamfilter.example.de/",
    ),
    (
        "a warning about scams, French",
        "Attention aux arnaques : les faux sites de sacs Louis Vuitton pas cher volent vos \
         données. Signalez-les sur https://www.signal.example.fr/",
    ),
    (
        "a buyer's account with the shop, Portuguese",
        "Olá! Comprei um tênis Nike na promoção da Netshoes, chegou em três dias. Recomendo: \
         https://www.netshoes.com.br/",
    ),
    (
        "a buyer's account with the shop, Italian",
        "Ho comprato scarpe Nike in offerta su Zalando: https://www.zalando.it — consegna in \
         due giorni, reso gratuito.",
    ),
    (
        "a buyer's account with the shop, English",
        "I bought Ray-Ban sunglasses on sale at the mall last week, 30% off. The store: \
         https://www.sunglasshut.example.com/",
    ),
    (
        "news of a casino's offers, English",
        "Prosecutors say the gang ran an online casino offering free spins and a no deposit \
         bonus to minors.",
    ),
    (
        "news of a betting site, Spanish",
        "La policía detuvo a los dueños de un casino online ilegal que ofrecía apuestas \
         deportivas y giros gratis sin licencia.",
    ),
];

/// HTML and BBCode anchors set inside a sentence, to a page on the subject
/// the sentence names (a drug, a casino law, a brand): a citation written
/// as markup, as a bare link to the same page would be.
const ANCHORS_IN_SENTENCES: &[(&str, &str)] = &[
    (
        "a blog post linking its earlier post on a drug patent",
        "Last week I wrote about <a href=\"https://blog.example.org/2009/05/viagra-patent\">the \
         Viagra patent case</a>, and several readers asked for the court documents. They are \
         linked in the update below.",
    ),
    (
        "news linking a recall notice and an earlier story",
        "The regulator announced the recall on Monday; see <a \
         href=\"https://www.agency.example.gov/safety/recalls\">the agency's recall notice</a> \
         and <a href=\"https://news.example.com/health/xanax-shortage\">our earlier story on \
         the Xanax shortage</a>.",
    ),
    (
        "a review linking the bag it reviews",
        "Our review of the <a \
         href=\"https://reviews.example.net/bags/louis-vuitton-neverfull\">Louis Vuitton \
         Neverfull bag</a> found the stitching excellent but the price hard to justify.",
    ),
    (
        "a French reader recommending an article on online casinos",
        "Je recommande <a href=\"https://www.journal.example.fr/economie/casinos-en-ligne\">\
         l'article du journal sur les casinos en ligne</a>, qui explique la nouvelle loi.",
    ),
    (
        "a German forum post citing a thread on betting rules",
        "Wie im [url=https://forum.example.de/thread/123]Thread zur Regulierung von \
         Sportwetten[/url] beschrieben, gilt das neue Gesetz ab Juli.",
    ),
    (
        "a Chinese blog post linking its earlier post on a drug",
        "我上周写了<a href=\"https://blog.example.cn/2009/05/viagra\">关于伟哥专利案的文章</a>，\
         很多读者问我要法院的判决书。",
    ),
    (
        "a reply linking documentation, with single quotes",
        "You can read the <a href='https://docs.example.org/3/library/json.html'>json module \
         docs</a> and the <a href='https://pypi.example.org/project/requests/'>requests \
         page</a> for details.",
    ),
];

/// Reporting and health text that names the adult trade's words: a study,
/// a court case, a police warning.
const ADULT_WORDS_IN_REPORTS: &[(&str, &str)] = &[
    (
        "a sexual-health study citing its journal",
        "The study surveyed 2,000 students about casual sex and condom use; researchers found \
         that most had never been tested. https://journal.example.org/2023/sexual-health-study",
    ),
    (
        "a court case over shared nude photos, German",
        "Das Gericht verurteilte den Mann, weil er Nacktfotos seiner früheren Freundin ohne \
         Zustimmung verbreitet hatte.",
    ),
    (
        "a police warning about sextortion, French",
        "La police met en garde : des escrocs envoient des photos intimes volées pour faire \
         chanter leurs victimes, et demandent un paiement en bitcoins.",
    ),
    (
        "a news story on leaked content, English",
        "Creators say OnlyFans leaks cost them thousands a month, and the platform has hired a \
         firm to file takedown notices against the porn sites that repost their work.",
    ),
];

/// Public-health text that names a trade to help its victims: a gambling
/// helpline with a call to ring it.
const HELP_AGAINST_THE_TRADE: &[(&str, &str)] = &[
    (
        "a gambling helpline, English",
        "Struggling with online slots? Call now: the gambling helpline is free and confidential.",
    ),
    (
        "a gambling helpline, Spanish",
        "¿Problemas con las apuestas deportivas? Llama ahora a la línea de ayuda gratuita y \
         confidencial: la ludopatía tiene tratamiento.",
    ),
    (
        "addiction counselling, German",
        "Spielsucht: Wenn Spielautomaten Ihr Leben bestimmen, jetzt anrufen. Die Beratung ist \
         kostenlos und anonym.",
    ),
    (
        "a helpline, Polish",
        "Uzależnienie od hazardu: jeśli automaty do gier przejmują twoje życie, zadzwoń teraz \
         na bezpłatną infolinię.",
    ),
];

/// Readers' thanks that go on to name a drug or a game in a sentence of
/// their own: praise, but nothing signed under it.
const THANKS_THAT_GO_ON: &[(&str, &str)] = &[
    (
        "template praise, then the documentation it points to",
        "Keep up the good work! For anyone who wants to try it, the asyncio docs explain the \
         event loop well: https://docs.python.org/3/library/asyncio-eventloop.html",
    ),
    (
        "template praise, then the reader's own follow-up post",
        "Great write-up, thanks for posting. I wrote a follow-up about the memory numbers \
         here: https://blog.example.org/2013/03/memory-numbers-revisited",
    ),
    (
        "thanks, then a sentence about a drug",
        "Great article, thanks for sharing. My mother takes warfarin and this helped us \
         understand her blood tests.",
    ),
    (
        "thanks, then a question about a casino law, German",
        "Toller Beitrag, danke! Gilt das neue Gesetz auch für Online-Casinos im Ausland?",
    ),
    (
        "thanks, then a story, Spanish",
        "Muy buen artículo, gracias. Mi abuelo jugaba a la lotería cada semana y nunca ganó nada.",
    ),
];

/// How-tos and warnings about search rankings, with the words SEO offers
/// are written with and a link to a guide or a tool.
const SEO_HOW_TOS: &[(&str, &str)] = &[
    (
        "why a site does not rank, with a tool",
        "Why is my site not ranking on Google? Here are five reasons, from slow pages to thin \
         content. Check Search Console first: https://search.google.com/search-console",
    ),
    (
        "the search engine's rules on bought links",
        "Google's guidelines say link insertions and paid guest posts that pass PageRank \
         violate its spam policies. Use rel=sponsored instead. \
         https://developers.google.com/search/docs/essentials/spam-policies",
    ),
    (
        "a blog that accepts guest posts",
        "We accept guest posts on topics related to gardening. Read our guidelines at \
         https://gardenblog.example.com/write-for-us before you pitch.",
    ),
    (
        "a guide to more traffic",
        "How to get more traffic to your website without ads: write for your readers, fix \
         your titles, and share every post. Full guide: https://blog.example.com/seo-basics",
    ),
    (
        "an agency's case study",
        "Our agency helped a local bakery get to the first page on Google for \"wedding cakes \
         Leeds\" in six months. Case study: https://agency.example.co.uk/case-studies/bakery",
    ),
    (
        "a how-to, French",
        "Comment apparaître sur la première page de Google ? Nos dix conseils pour \
         débutants : https://blog.example.fr/referencement/conseils",
    ),
    (
        "a how-to, German",
        "Wie kommt man auf die erste Seite bei Google? Eine Anleitung für kleine \
         Unternehmen: https://blog.example.de/seo/anleitung",
    ),
    (
        "a warning, Spanish",
        "Muchos estafadores prometen una auditoría SEO gratis y la primera página de Google. \
         No respondas a esos correos.",
    ),
];

/// Posts with hashtags and handles that name a brand, a film or a club:
/// glued words read as such, and nothing sold.
/// News of gambling's regulation and enforcement, and of a casino's
/// takings, in Chinese, Japanese, Arabic, Persian and Hindi: the trade's
/// words, its bonus offers named in sentences.
const GAMBLING_NEWS_IN_OTHER_SCRIPTS: &[(&str, &str)] = &[
    (
        "a raid on lottery platforms, Chinese",
        "警方破获一起网络赌博案，涉案的时时彩和北京赛车网投平台非法获利上千万元，30名嫌疑人被抓获。",
    ),
    (
        "a casino's takings, Chinese",
        "澳门赌场的收入在疫情后回升，百家乐仍是最受欢迎的游戏，分析师预计明年增长15%。",
    ),
    (
        "a warning about foreign casino sites, Japanese",
        "日本政府はオンラインカジノの利用者が増えていることを受け、無料スピンや入金ボーナスを宣伝する\
         海外サイトへの注意を呼びかけた。",
    ),
    (
        "a ban on betting sites, Arabic",
        "أعلنت الحكومة حظر مواقع المراهنات الرياضية غير المرخصة بعد انتشار إعلانات الكازينو المباشر \
         والبونص الترحيبي بين الشباب.",
    ),
    (
        "blocked betting sites, Persian",
        "پلیس سایبری از مسدود شدن صدها سایت شرط بندی فوتبال و بازی انفجار خبر داد و به خانواده ها \
         هشدار داد.",
    ),
    (
        "a ban on betting adverts, Hindi",
        "सरकार ने ऑनलाइन बेटिंग और क्रिकेट सट्टा के विज्ञापनों पर रोक लगाई, कई बेटिंग साइट ब्लॉक की \
         गईं।",
    ),
];

/// A museum's replicas and customs' seizures of fakes: the copy words
/// beside the goods, in sentences that report.
const COPIES_REPORTED: &[(&str, &str)] = &[
    (
        "a museum's replica, French",
        "Le musée expose une réplique de la montre de Marie-Antoinette, fabriquée par Breguet en \
         1827, et une copie du carnet de commande.",
    ),
    (
        "a museum's replicas and seized fakes, Polish",
        "Muzeum pokazuje repliki zegarków z XVIII wieku oraz podróbki banknotów zatrzymane przez \
         policję w zeszłym roku.",
    ),
    (
        "seized fake watches, German",
        "Die Polizei hat in Hamburg tausende gefälschte Uhren und Taschen beschlagnahmt, der \
         Schaden liegt bei zwei Millionen Euro.",
    ),
    (
        "seized fake watches, Dutch",
        "De douane onderschepte duizenden namaak horloges en namaak tassen in de haven van \
         Rotterdam.",
    ),
    (
        "seized copies, Russian",
        "Таможня изъяла партию копий часов и сумок известных брендов на сумму 3 миллиона рублей.",
    ),
];

/// A warning against a trade's rogue sellers, with where to report them.
const WARNINGS: &[(&str, &str)] = &[
    (
        "a warning against rogue pharmacies, with a number to report them",
        "Beware of rogue online pharmacies selling Viagra without a prescription. If you see \
         one, contact us at medwatch@fda.gov or call 1-800-332-1088 to report it.",
    ),
    (
        "a warning against rogue casinos, German",
        "Vorsicht vor unseriösen Online-Casinos mit Bonus ohne Einzahlung: die Aufsicht \
         nimmt Hinweise unter 0800 123 4567 entgegen.",
    ),
    (
        "a warning against fraudulent loan offers, Spanish",
        "Cuidado con los préstamos rápidos de empresas fraudulentas que piden un pago por \
         adelantado. Llame al 900 123 456 para denunciarlo.",
    ),
];

/// E-mail addresses given to write to: a press office, a workshop, a
/// writer's bio, a support desk, beside the trade's words or a relationship
/// story. An address is a contact, not a shop.
const CONTACT_ADDRESSES: &[(&str, &str)] = &[
    (
        "a writer's bio on a gambling beat",
        "Jane Doe covers online casinos and sports betting regulation for the Gazette. Email: \
         jane.doe@gazette-news.com",
    ),
    (
        "a lottery's press contact",
        "Please send your questions about the lottery draw to press@lotto-commission.gov or \
         call 555 012 3456.",
    ),
    (
        "a workshop's contact line",
        "For questions about the workshop contact Maria at maria.lopez@example.org or call the \
         office on 555 0134.",
    ),
    (
        "a counsellor's office after a divorce",
        "After the divorce I never thought I would get my wife back. Counselling helped us \
         both. Our counsellor was Dr. Meyer, you can reach her office at \
         info@meyercounselling.org.",
    ),
    (
        "a reader thanking a support desk",
        "I lost my password and the recovery email went to an old address. Support fixed it in \
         a day: support@fastmail.com was quick to answer.",
    ),
    (
        "a casino regulator's contact, German",
        "Fragen zur Glücksspielaufsicht und zu Online-Casinos beantwortet die Pressestelle: \
         presse@gluecksspiel-behoerde.de",
    ),
    (
        "counsel against a trade, with a call to write to an office",
        "Looking for a payday loan? Don't. Talk to a credit counsellor first: contact them via \
         info@moneyadvice.org, it's free.",
    ),
    (
        "a regulator's contact with a call to write, French",
        "Pour toute question sur les paris sportifs et la régulation des casinos en ligne, \
         contactez-le : jean.martin@arjel.fr",
    ),
    (
        "a reader's brother at a casino, a private address, Spanish",
        "Mi hermano trabaja en un casino de Las Vegas. Si tenéis preguntas sobre el trabajo, \
         contáctalo por correo: pedro.gomez@gmail.com",
    ),
    (
        "a press office on betting reform, Spanish",
        "Para consultas sobre la reforma de las apuestas deportivas y los casinos online, \
         escriba a prensa@ordenacionjuego.es",
    ),
];

const HASHTAGS_AND_HANDLES: &[(&str, &str)] = &[
    (
        "a brand's handle in a birthday post",
        "Love the new bag from @louisvuitton, thanks @mum! #birthday #happiness",
    ),
    (
        "a film with a casino in its title",
        "Watching #CasinoRoyale again tonight, still the best Bond film. #jamesbond",
    ),
    (
        "football hashtags, Spanish",
        "¡Qué partido! #ChampionsLeague #RealMadrid #HalaMadrid",
    ),
];

/// News of a trade banned, restricted or warned against by a government,
/// ending on a pointer to more on the story and its link: the pointer is
/// what news and notices end on, not a call to buy.
const BANS_WITH_A_POINTER: &[(&str, &str)] = &[
    (
        "an advertising ban on bookmakers, English",
        "The government banned advertising of bookmakers and online casinos: sports betting can \
         no longer be advertised on social networks. For more details see \
         https://www.example.com/news/2024/05/ban",
    ),
    (
        "a warning against online pharmacies, English",
        "The health ministry warned against buying Ozempic and other semaglutide pens from online \
         pharmacies without a prescription. For more information visit \
         https://www.health.example.gov/semaglutide-warning",
    ),
    (
        "an advertising ban on bookmakers, Russian",
        "Правительство ограничило рекламу букмекеров и онлайн-казино: теперь ставки на спорт нельзя \
         рекламировать в соцсетях. Подробнее на сайте https://www.example.ru/news/2024/05/ban",
    ),
    (
        "an advertising ban on betting, German",
        "Die Regierung verbietet Werbung für Buchmacher und Online-Casinos: Sportwetten dürfen nicht \
         mehr in sozialen Netzwerken beworben werden. Mehr Infos unter \
         https://www.example.de/news/2024/05/verbot",
    ),
    (
        "an advertising ban on betting, Spanish",
        "El gobierno prohíbe la publicidad de casas de apuestas y casinos online en redes sociales. \
         Más información en https://www.example.es/noticias/2024/05/prohibicion",
    ),
    (
        "a warning against slimming pills, French",
        "Le ministère de la Santé a mis en garde contre les pilules amaigrissantes vendues en ligne \
         sans ordonnance. Pour en savoir plus : https://www.sante.example.fr/alerte-pilules",
    ),
];

/// A reader's thanks pointing to more on the topic in the documentation:
/// a pointer to a page cites it, where one to a site's front page
/// advertises the site.
const THANKS_POINTING_TO_DOCS: &[(&str, &str)] = &[
    (
        "English",
        "Great article, thanks! For more information see the official docs: \
         https://docs.python.org/3/library/asyncio.html",
    ),
    (
        "German",
        "Super Artikel, danke! Mehr Informationen in der Doku: \
         https://docs.python.org/3/library/asyncio.html",
    ),
    (
        "Spanish",
        "¡Gran artículo, gracias! Más información en la documentación: \
         https://docs.python.org/es/3/library/asyncio.html",
    ),
    (
        "French",
        "Super article, merci ! Pour en savoir plus, voir la doc : \
         https://docs.python.org/fr/3/library/asyncio.html",
    ),
    (
        "Polish",
        "Świetny artykuł, dzięki! Więcej informacji w dokumentacji: \
         https://docs.python.org/pl/3/library/asyncio.html",
    ),
    (
        "Russian",
        "Отличная статья, спасибо! Подробнее на сайте документации: \
         https://docs.python.org/ru/3/library/asyncio.html",
    ),
];

/// Lists of pages and sites by name, and a visitor's account pointing to
/// the place's own site: a site listed by name (`Kayak -
/// https://www.kayak.com`) is cited, a page whose title says its path's
/// words is cited, and an account of a visit is no advert of the place.
const LISTED_BY_NAME: &[(&str, &str)] = &[
    (
        "a week's links, titled, one on cheap flights",
        "My week in links\n\nHere are some things I read this week:\n\n\
         - How SQLite scales read concurrency: https://fly.io/blog/sqlite-internals-wal/\n\
         - Cheap flights to Lisbon are back, $299 round trip from Boston: \
         https://www.thepointsguy.com/news/cheap-flights-lisbon/\n\
         - The best budget mechanical keyboards of 2024: \
         https://www.rtings.com/keyboard/reviews/best/budget\n\nHave a good weekend!",
    ),
    (
        "a travel post's tools, listed by name",
        "Cheap Flights to Bali: How I Found a $450 Round Trip\n\n\
         After months of watching prices I finally booked a round trip from LA to Denpasar for \
         $450. Set price alerts and be flexible with your dates.\n\nUseful tools:\n\
         Skyscanner - https://www.skyscanner.com\nKayak - https://www.kayak.com\n\nHappy travels!",
    ),
    (
        "a blogroll, German",
        "Blogs, die ich gerne lese:\nNetzpolitik - https://netzpolitik.org\n\
         Heise - https://www.heise.de\nGolem: https://www.golem.de",
    ),
    (
        "a birthday at a casino with its official site, French",
        "Pour mon anniversaire, j'ai testé le casino d'Enghien-les-Bains avec des amis. Machines \
         à sous, poker, roulette anglaise… On a perdu 50 euros chacun mais on a passé une super \
         soirée! Site officiel: https://www.casino-enghien.fr",
    ),
    (
        "an evening at a casino with its official site, English",
        "We went to the casino in Monte Carlo on our honeymoon. The dress code is strict and the \
         roulette tables were packed, but the building alone is worth it. Official site: \
         https://www.montecarlosbm.com",
    ),
];

/// A news story under its headline names the seized goods or brands in
/// both: a report over several sentences says its goods again, where spun
/// copy comes back to what sells.
const HEADLINED_REPORTS: &[(&str, &str)] = &[
    (
        "a seizure of fake handbags, English",
        "Police seize 12,000 fake designer handbags in Manchester raid\n\n\
         Officers from Greater Manchester Police seized counterfeit Louis Vuitton, Gucci and \
         Chanel handbags worth an estimated £3 million from a warehouse in Cheetham Hill on \
         Thursday.\n\nTrading Standards said the fakes were sold through social media and at \
         markets across the North West.",
    ),
    (
        "a seizure of fake bags at an airport, German",
        "Zoll beschlagnahmt gefälschte Taschen am Flughafen\n\n\
         Der Zoll hat am Frankfurter Flughafen 800 gefälschte Taschen von Louis Vuitton und \
         Gucci beschlagnahmt. Die Taschen sollten über Onlineshops verkauft werden.",
    ),
];

/// Blog posts in HTML whose anchors name the sites they link, beside the
/// blogger's words about their own blog: an anchor's text that names its
/// host cites it, and `my blog` away from its link, with no praise, calls
/// no one to it.
const ANCHORS_NAMING_THEIR_SITES: &[(&str, &str)] = &[
    (
        "a blog's move, English",
        "<p>I finally switched my blog from <a href=\"http://wordpress.org/\">WordPress</a> to \
         <a href=\"http://www.movabletype.org/\">Movable Type</a>. The import was painless, thanks \
         to <a href=\"http://www.sixapart.com/movabletype/docs/3.2/import\">their docs</a>.</p>",
    ),
    (
        "a site's move, German",
        "Ich habe meine Website auf <a href=\"https://gohugo.io/\">Hugo</a> umgestellt, gehostet \
         bei <a href=\"https://www.netlify.com/\">Netlify</a>. Die Ladezeit ist jetzt unter einer \
         Sekunde.",
    ),
    (
        "a blog's move, French",
        "J'ai migré mon blog vers <a href=\"https://jekyllrb.com/\">Jekyll</a> et l'hébergement se \
         fait sur <a href=\"https://pages.github.com/\">GitHub Pages</a>. C'est gratuit et rapide.",
    ),
];

/// An article ending on its page's own pointer: a few words and a link to
/// one of the site's pages, nothing to sell in either. A signature line
/// sells keywords or a site; this one points to a newsletter or a story.
const PAGE_POINTERS_AT_THE_END: &[(&str, &str)] = &[
    (
        "a newsletter under a markets story, English",
        "Macau casino revenue jumps 40% as tourists return\n\n\
         Gross gaming revenue in Macau rose 40% in October from a year earlier, the city's gaming \
         regulator said on Wednesday. Sands China and Galaxy Entertainment shares rose.\n\n\
         Sign up for our free Markets newsletter: https://www.example-news.com/newsletters/markets",
    ),
    (
        "a newsletter under a story, German",
        "Die Umsätze der Spielbanken in Bayern sind im vergangenen Jahr um zwölf Prozent gestiegen, \
         teilte das Finanzministerium mit. Besonders gefragt waren Roulette und Poker.\n\n\
         Jetzt kostenlos anmelden zum Newsletter: https://www.example-zeitung.de/newsletter/wirtschaft",
    ),
];

/// A paragraph of drug or game information comparing a few of them by
/// name, each named twice, with nothing to buy: six vice terms are what an
/// informed comparison says.
const COMPARISONS_NAMING_EACH_TWICE: &[(&str, &str)] = &[
    (
        "three drugs of one class, English",
        "Viagra, Cialis and Levitra all belong to the same class of drugs called PDE5 \
         inhibitors. They differ mainly in how long they last: Viagra and Levitra about 4 hours, \
         Cialis up to 36 hours. Talk to your doctor about which one suits you.",
    ),
    (
        "three sleeping pills, German",
        "Zolpidem, Zopiclon und Lorazepam wirken alle beruhigend, aber unterschiedlich lange: \
         Zolpidem etwa sechs Stunden, Zopiclon etwas länger und Lorazepam bis zu einem Tag. Alle \
         drei können abhängig machen, fragen Sie Ihren Arzt.",
    ),
    (
        "three casino games, English",
        "Blackjack, roulette and baccarat have very different house edges. Blackjack with basic \
         strategy gives the house about 0.5%, baccarat about 1%, and American roulette 5.26%, \
         which makes roulette the worst bet of the three.",
    ),
];

/// A company's own site beside its name, and places with their sites in
/// a travel post: a site named right before its link, in the link's own
/// clause, is cited, and a pointer to a site the text names is a
/// company's boilerplate, not an advert of someone else's site.
const SITES_BESIDE_THEIR_NAMES: &[(&str, &str)] = &[
    (
        "a press release's boilerplate",
        "About Acme Robotics: Acme Robotics builds warehouse automation for mid-sized retailers. \
         Founded in 2015, the company is based in Austin, Texas. For more information, visit \
         www.acmerobotics.com.\n\nMedia contact: Jane Lee, press@acmerobotics.com, +1 512-555-0199",
    ),
    (
        "hotels with their prices and sites",
        "Looking for a cheap hotel in Rome? We stayed at Hotel Artemide (from €120/night, \
         https://www.hotelartemide.it) and Hotel Santa Maria in Trastevere (from €95/night, \
         https://www.hotelsantamaria.info). Both were great value and close to the metro.",
    ),
];

/// Essay and thesis mills, and betting sites, named by the news, a ministry
/// and a student's blog that warn against them; working from home, said by a
/// remote worker and a study.
const TRADES_REPORTED_AND_WORK_FROM_HOME: &[(&str, &str)] = &[
    (
        "a ban on essay mills, English",
        "Essay mills to be banned in England\n\nThe government will make it a criminal offence \
         to provide or advertise essay writing services to students. Ministers said thesis \
         writing services and \"do my assignment\" websites undermine the value of degrees. \
         Universities UK welcomed the ban and said students caught using custom essays face \
         expulsion.",
    ),
    (
        "ghostwriting agencies in the news, German",
        "Ghostwriting für Studierende\n\nWer eine Bachelorarbeit oder Masterarbeit schreiben \
         lassen will, findet im Netz Dutzende Ghostwriter-Agenturen. Verboten ist das Angebot \
         nicht, wohl aber die Abgabe als eigene Leistung: Die Hochschulen können den Abschluss \
         aberkennen. Eine Agentur verlangt nach Recherchen des Magazins bis zu 80 Euro pro Seite.",
    ),
    (
        "a bill against diploma sellers, Russian",
        "В Госдуме предложили штрафовать за продажу дипломов\n\nДепутаты внесли законопроект о \
         штрафах для сайтов, которые предлагают купить диплом или заказать курсовую. По данным \
         авторов, рынок курсовых и дипломных работ на заказ оценивается в несколько миллиардов \
         рублей в год.",
    ),
    (
        "a student advising against bought theses, Polish",
        "Jak napisałam pracę magisterską w pół roku\n\nW październiku miałam tylko temat i \
         promotora. Wiele osób na forach pytało o pisanie prac magisterskich na zamówienie, ale \
         szczerze odradzam: promotor od razu wyczuje, że to nie wasz styl. Lepiej pisać po dwie \
         strony dziennie.",
    ),
    (
        "a ministry against ghost-written theses, Chinese",
        "教育部严查论文代写\n\n教育部近日发布通知，要求各高校严查毕业论文代写、买卖等行为。\
         一经查实，将撤销学位。有媒体调查发现，网上代写论文的价格从每千字100元到500元不等。",
    ),
    (
        "the police warning of betting sites, Vietnamese without accents",
        "Bo Cong an canh bao ve cac trang ca cuoc bong da truc tuyen\n\nBo Cong an cho biet \
         nhieu nguoi dan da bi lua khi tham gia ca cuoc bong da qua mang. Cac trang nha cai nay \
         thuong quang cao tren mang xa hoi va hua hen tien thuong lon. Co quan chuc nang khuyen \
         cao nguoi dan khong tham gia.",
    ),
    (
        "a remote worker's desk, bought",
        "I work from home three days a week. My company gave us a budget for a desk and a chair, \
         and I bought the IKEA Bekant desk for $249: https://www.ikea.com/us/en/p/bekant-desk",
    ),
    (
        "a study of a day from home",
        "Remote work: a day from home each week cut commuting costs by $1,200 a year on average, \
         according to a Stanford study published on Monday.",
    ),
];

/// What scam letters say, said by a lottery operator's guide to claiming,
/// a payment service's warning, and the news.
const SCAM_WORDS_IN_GUIDES_AND_NEWS: &[(&str, &str)] = &[
    (
        "an operator's guide to claiming a prize",
        "How to claim a prize\n\nIf you have won more than £50,000, you can claim your prize by \
         calling our Winners' Line on 0333 234 5050. For smaller prizes, contact our Customer \
         Care team at help@national-lottery.co.uk or visit any shop that sells tickets.",
    ),
    (
        "an operator's guide, German",
        "Gewinnauszahlung\n\nWenn Sie gewonnen haben, können Sie Gewinne bis 1.000 € in jeder \
         Annahmestelle abholen. Für höhere Gewinne kontaktieren Sie unseren Kundenservice unter \
         0800 123 4567 oder service@lotto-hessen.de.",
    ),
    (
        "a warning against forged notices",
        "Beware of fake PayPal emails\n\nWe have seen a wave of phishing emails that say \"your \
         account has been limited\" and ask you to verify your account information on a fake \
         page. PayPal will never ask for your password by email. If you get one, forward it to \
         phishing@paypal.com and delete it. Learn more at https://www.paypal.com/us/security",
    ),
    (
        "diploma mill operators jailed",
        "Diploma mill operators jailed\n\nTwo men who ran websites where customers could buy a \
         degree or buy a diploma from fake universities were sentenced to five years in prison on \
         Friday. Prosecutors said more than 9,000 people bought fake diplomas for up to $3,000 \
         each.",
    ),
    (
        "lenders that ignore credit history",
        "Some buy-now-pay-later lenders approve customers regardless of credit history, which \
         consumer groups warn can push young shoppers into debt. The regulator said on Monday it \
         would require affordability checks from 2025.",
    ),
];

/// Emphasis and refrains: a word said again and again with a conjunction,
/// or a short word of grammar over and over, in several languages.
const EMPHASIS_AND_REFRAINS: &[(&str, &str)] = &[
    (
        "a refrain, English",
        "and the song goes on and on and on and on and on",
    ),
    (
        "emphasis, English",
        "Prices went up more and more and more and more and more.",
    ),
    (
        "a lyric, English",
        "Round and round and round and round and round we go",
    ),
    (
        "emphasis, German",
        "und es ging immer weiter und weiter und weiter und weiter und weiter",
    ),
    ("assent, Russian", "да да да да да да да да конечно"),
    (
        "emphasis, French",
        "et ça recommence encore et encore et encore et encore",
    ),
    (
        "emphasis, Spanish",
        "y los precios suben más y más y más y más",
    ),
];

/// A post's resources: sites one per line under a few words saying what
/// each is for, one of them a shop word, in several languages.
const RESOURCE_LISTS: &[(&str, &str)] = &[
    (
        "travel resources, English",
        "Travel resources\n\nCheap flights: https://www.skyscanner.net\nHotels: \
         https://www.booking.com\nHostels: https://www.hostelworld.com\nCar rental: \
         https://www.rentalcars.com\nTravel insurance: https://www.worldnomads.com",
    ),
    (
        "a markdown list with deep links",
        "## Resources\n\n- Cheap flights: https://www.google.com/travel/flights\n- Hostels: \
         https://www.hostelworld.com\n- Trains in Europe: https://www.thetrainline.com\n- Budget \
         tips: https://www.nomadicmatt.com",
    ),
    (
        "sites named before their links",
        "My favourite travel resources\n\nFind cheap flights on Skyscanner: \
         https://www.skyscanner.net\nBook hotels on Booking.com: https://www.booking.com\nCompare \
         car rental prices: https://www.rentalcars.com",
    ),
    (
        "useful links, German",
        "Nützliche Links\n\nGünstige Flüge: https://www.skyscanner.de\nHotels buchen: \
         https://www.booking.com\nMietwagen vergleichen: https://www.check24.de",
    ),
    (
        "useful resources, Spanish",
        "Recursos útiles\n\nVuelos baratos: https://www.skyscanner.es\nAlojamiento: \
         https://www.airbnb.es\nTrenes: https://www.renfe.com\nSeguro de viaje: https://www.iati.es",
    ),
    (
        "cheap flight sites under their names glued to the links, Japanese",
        "おすすめの格安航空券サイト\nスカイスキャナー：https://www.skyscanner.jp\nエクスペディア：\
         https://www.expedia.co.jp\n楽天トラベル：https://travel.rakuten.co.jp",
    ),
    (
        "useful resources, Italian",
        "Risorse utili\n\nVoli economici: https://www.skyscanner.it\nHotel: \
         https://www.booking.com\nTreni: https://www.trenitalia.com",
    ),
];

/// A site's notice that it has moved, with the new address and a welcome,
/// in several languages.
const MOVE_NOTICES: &[(&str, &str)] = &[
    (
        "a blog's move, Chinese",
        "博客搬家了，新地址：https://blog.example.cn 欢迎访问！",
    ),
    (
        "a bakery's new site, English",
        "We have moved! Our new address is https://www.example-bakery.com. Same cakes, new \
         website.",
    ),
    (
        "a blog's move, German",
        "Unser Blog ist umgezogen. Die neue Adresse lautet https://blog.beispiel.de – bitte \
         aktualisiert eure Lesezeichen.",
    ),
    (
        "a blog's move, Japanese",
        "ブログを引っ越しました。新しいアドレスはこちら：https://example.hatenablog.com \
         よろしくお願いします。",
    ),
    (
        "a blog's move, Russian",
        "Блог переехал на новый адрес: https://blog.example.ru Подписывайтесь!",
    ),
];

/// A week's links, one per line under a title, the last one a shop word's
/// (`cheap VPS hosting compared: https://…`), in three languages.
const ROUNDUPS_ENDING_ON_A_SHOP_WORD: &[(&str, &str)] = &[
    (
        "links of the week, English",
        "Links of the week\n\n- Why SQLite is enough for most web apps: \
         https://www.sqlite.org/whentouse.html\n- A good talk on Rust in production: \
         https://www.youtube.com/watch?v=abc123\n- Cheap VPS hosting compared (Hetzner, OVH, \
         Linode): https://www.vpsbenchmarks.com",
    ),
    (
        "links of the week, German",
        "Linktipps der Woche\n\n- Warum SQLite für viele Webanwendungen reicht: \
         https://www.sqlite.org/whentouse.html\n- Ein schöner Vortrag über Rust in der Praxis: \
         https://www.youtube.com/watch?v=abc123\n- Günstige VPS im Vergleich (Hetzner, Netcup, \
         Contabo): https://www.vpsbenchmarks.com",
    ),
    (
        "links of the week, Italian",
        "Link della settimana\n\n- Perché SQLite basta per molte applicazioni web: \
         https://www.sqlite.org/whentouse.html\n- Un bel talk su Rust in produzione: \
         https://www.youtube.com/watch?v=abc123\n- Hosting VPS economici a confronto: \
         https://www.vpsbenchmarks.com",
    ),
];

/// Guides to telling fakes from the real thing: a headline ending on a
/// counterfeit phrase over a paragraph that opens on one, in three
/// languages.
const GUIDES_AGAINST_FAKES: &[(&str, &str)] = &[
    (
        "a bag guide, English",
        "How to spot a fake Louis Vuitton bag\n\nReplica Louis Vuitton bags are everywhere, from \
         street markets to online shops. Here is how to tell a fake from the real thing: check \
         the stitching, the date code and the canvas, and be wary of a new bag for $150.",
    ),
    (
        "a belt guide, English",
        "How to spot a fake Gucci belt\n\nReplica Gucci belts are sold on every beach in summer.",
    ),
    (
        "a bag guide opening on the fakes, English",
        "How to spot a fake Louis Vuitton bag\n\nFakes are everywhere, from street markets to \
         online shops. Replica Louis Vuitton bags often have uneven stitches.",
    ),
    (
        "a watch guide, German",
        "Wie man eine gefälschte Rolex erkennt\n\nGefälschte Rolex Uhren sind auf jedem Markt zu \
         finden. Achten Sie auf den Sekundenzeiger: Bei einer echten Rolex läuft er \
         gleichmäßig. Im Zweifel lassen Sie die Echtheit von einem Juwelier prüfen.",
    ),
    (
        "a bag guide, French",
        "Comment reconnaître un faux sac Chanel\n\nLes faux sacs Chanel sont vendus partout en \
         ligne. Vérifiez les coutures, le numéro de série et la qualité du cuir. En cas de \
         doute, faites vérifier l'authenticité par un expert.",
    ),
];

fn assert_prose(cases: &[(&str, &str)]) {
    let detector = Detector::new();
    let flagged: Vec<String> = cases
        .iter()
        .filter_map(|(name, text)| {
            let report = detector.analyze(text);
            let spans: Vec<&str> = report.spam_ranges().map(|r| &text[r]).collect();
            (!spans.is_empty()).then(|| format!("{name}: flagged {spans:?}"))
        })
        .collect();
    assert!(flagged.is_empty(), "{}", flagged.join("\n"));
}

#[test]
fn seo_how_tos_stay_prose() {
    assert_prose(SEO_HOW_TOS);
}

#[test]
fn posts_that_cite_links_stay_prose() {
    assert_prose(POSTS_WITH_LINKS);
}

#[test]
fn text_dense_in_spam_vocabulary_stays_prose() {
    assert_prose(DENSE_VOCABULARY);
}

#[test]
fn long_text_about_one_brand_or_drug_stays_prose() {
    assert_prose(LONG_DENSE);
    // Longer than a message: weighed whole where selling phrases come
    // back in every part, and a guide to outlets or a fashion report is
    // kept.
    assert_prose(&[
        (
            "a guide to an outlet village, English",
            include_str!("data/outlet_guide_en.txt"),
        ),
        (
            "a report on a fashion house, French",
            include_str!("data/fashion_report_fr.txt"),
        ),
    ]);
}

/// A reader's review of a brand's goods names them in every paragraph, as
/// spun copy does, but shops once (the outlet where they were bought): it
/// is kept, in English and German.
#[test]
fn a_review_naming_a_brands_goods_throughout_stays_prose() {
    assert_prose(&[
        (
            "a review of a brand's bags, English",
            include_str!("data/brand_review_en.txt"),
        ),
        (
            "a review of a brand's jewellery, German",
            include_str!("data/brand_review_de.txt"),
        ),
    ]);
}

/// A deals article on one brand's sale names its goods in every
/// paragraph beside shop words, as spun copy does, but quotes prices,
/// percentages and dates: it is kept, in English and German.
#[test]
fn a_deals_article_on_one_brands_sale_stays_prose() {
    assert_prose(&[
        (
            "a brand's summer sale, English",
            include_str!("data/brand_deals_en.txt"),
        ),
        (
            "a brand's summer sale, German",
            include_str!("data/brand_deals_de.txt"),
        ),
    ]);
}

#[test]
fn a_sentence_about_a_product_on_sale_stays_prose() {
    assert_prose(SALE_NEWS);
}

#[test]
fn news_of_a_seizure_of_fakes_stays_prose() {
    assert_prose(ENFORCEMENT_NEWS);
}

#[test]
fn a_patient_naming_a_drug_s_price_stays_prose() {
    assert_prose(PATIENT_REVIEWS);
}

#[test]
fn dates_and_times_beside_spam_words_stay_prose() {
    assert_prose(DATED_TEXT);
}

#[test]
fn text_citing_a_page_about_its_subject_stays_prose() {
    assert_prose(PAGES_CITED_BY_TOPIC);
}

#[test]
fn a_number_beside_goods_stays_prose() {
    assert_prose(NUMBERS_BESIDE_GOODS);
}

#[test]
fn names_and_prices_beside_cited_pages_stay_prose() {
    assert_prose(NAMES_BESIDE_CITED_PAGES);
}

#[test]
fn text_that_talks_of_the_trade_stays_prose() {
    assert_prose(TALK_OF_THE_TRADE);
}

#[test]
fn news_of_a_trade_made_legal_stays_prose() {
    assert_prose(LEGALISATION_NEWS);
}

#[test]
fn a_complaint_about_spam_quoting_it_stays_prose() {
    assert_prose(COMPLAINTS_ABOUT_SPAM);
}

#[test]
fn anchors_set_in_a_sentence_stay_prose() {
    assert_prose(ANCHORS_IN_SENTENCES);
}

#[test]
fn reports_that_name_the_adult_trade_stay_prose() {
    assert_prose(ADULT_WORDS_IN_REPORTS);
}

#[test]
fn help_against_a_trade_s_harm_stays_prose() {
    assert_prose(HELP_AGAINST_THE_TRADE);
}

#[test]
fn thanks_that_go_on_in_sentences_stay_prose() {
    assert_prose(THANKS_THAT_GO_ON);
}

#[test]
fn hashtags_and_handles_that_sell_nothing_stay_prose() {
    assert_prose(HASHTAGS_AND_HANDLES);
}

#[test]
fn addresses_given_to_write_to_stay_prose() {
    assert_prose(CONTACT_ADDRESSES);
}

#[test]
fn warnings_against_rogue_sellers_stay_prose() {
    assert_prose(WARNINGS);
}

#[test]
fn gambling_news_in_other_scripts_stays_prose() {
    assert_prose(GAMBLING_NEWS_IN_OTHER_SCRIPTS);
}

#[test]
fn copies_in_a_museum_or_a_seizure_stay_prose() {
    assert_prose(COPIES_REPORTED);
}

#[test]
fn news_of_a_ban_pointing_to_more_stays_prose() {
    assert_prose(BANS_WITH_A_POINTER);
}

#[test]
fn thanks_pointing_to_the_documentation_stay_prose() {
    assert_prose(THANKS_POINTING_TO_DOCS);
}

#[test]
fn pages_and_sites_listed_by_name_stay_prose() {
    assert_prose(LISTED_BY_NAME);
}

#[test]
fn a_headlined_report_naming_its_goods_twice_stays_prose() {
    assert_prose(HEADLINED_REPORTS);
}

#[test]
fn anchors_naming_their_sites_stay_prose() {
    assert_prose(ANCHORS_NAMING_THEIR_SITES);
}

#[test]
fn a_page_pointer_ending_an_article_stays_prose() {
    assert_prose(PAGE_POINTERS_AT_THE_END);
}

#[test]
fn a_comparison_naming_each_drug_or_game_twice_stays_prose() {
    assert_prose(COMPARISONS_NAMING_EACH_TWICE);
}

#[test]
fn sites_beside_their_names_stay_prose() {
    assert_prose(SITES_BESIDE_THEIR_NAMES);
}

#[test]
fn essay_mills_and_betting_reported_and_work_from_home_stay_prose() {
    assert_prose(TRADES_REPORTED_AND_WORK_FROM_HOME);
}

#[test]
fn scam_words_in_guides_and_news_stay_prose() {
    assert_prose(SCAM_WORDS_IN_GUIDES_AND_NEWS);
}

#[test]
fn emphasis_and_refrains_stay_prose() {
    assert_prose(EMPHASIS_AND_REFRAINS);
}

#[test]
fn a_posts_resource_list_stays_prose() {
    assert_prose(RESOURCE_LISTS);
}

#[test]
fn a_notice_that_a_site_has_moved_stays_prose() {
    assert_prose(MOVE_NOTICES);
}

#[test]
fn a_roundup_ending_on_a_shop_word_stays_prose() {
    assert_prose(ROUNDUPS_ENDING_ON_A_SHOP_WORD);
}

#[test]
fn a_guide_against_fakes_stays_prose() {
    assert_prose(GUIDES_AGAINST_FAKES);
}
