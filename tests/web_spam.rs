//! The shapes real web spam takes (bot link lists, anchors, gambling and
//! pharmacy comments, phone-number spam, disguised letters, comment
//! sections), and the legitimate text that looks like them. Every fixture
//! here is written for this test.

use spamsplit::Detector;

fn spans(text: &str) -> Vec<&str> {
    Detector::new()
        .analyze(text)
        .spam_ranges()
        .map(|r| &text[r])
        .collect()
}

/// Spam as a whole: the one span is the whole text, trimmed.
fn assert_all_spam(name: &str, text: &str) {
    assert_eq!(spans(text), [text.trim()], "{name}");
}

/// Spam in part: some span holds `part`.
fn assert_cut(name: &str, text: &str, part: &str) {
    let cut = spans(text);
    assert!(cut.iter().any(|s| s.contains(part)), "{name}: cut {cut:?}");
}

/// `spam` between `before` and `after` is cut, and nothing else is.
fn assert_only_between(name: &str, before: &str, spam: &str, after: &str) {
    let text = format!("{before}{spam}{after}");
    assert_eq!(spans(&text), [spam], "{name}: {text:?}");
}

fn assert_prose(name: &str, text: &str) {
    assert!(spans(text).is_empty(), "{name}: flagged {:?}", spans(text));
}

#[test]
fn bot_link_lists_go_whole() {
    assert_all_spam(
        "random strings, brands and links",
        "QwpoHRTZ Moncler Outlet\nzbtyKLPw http://moncler-jackets-outlet.example.com/\n\
         hrqvNWsd Ugg Boots Cheap\nvbnmXCTR http://cheap-ugg-boots.example.net/",
    );
    assert_all_spam(
        "bbcode anchors",
        "look at this [URL=http://replica-handbags.example.org/]replica handbags[/URL] \
         and this [URL=http://replica-handbags.example.org/]cheap replica bags[/URL] XkpqTRwz",
    );
}

#[test]
fn praise_with_an_anchor_goes_whole() {
    assert_all_spam(
        "praise and anchor",
        "Really nice post, thanks for sharing.\n\n\
         <a href=\"https://www.example-pills-store.com\">buy cheap pills online</a>",
    );
}

/// The lines of comment templates (read, bookmarked, will be back) over a
/// site's front page: a bot's comment, whole.
#[test]
fn template_praise_over_a_front_page_goes_whole() {
    for (name, text) in [
        (
            "a comment with its author line",
            "Marta says:\n2013-03-02 10:14\n\nthanks for taking the time to write this, \
             bookmarked your blog. http://www.casaeconstrucao.example",
        ),
        (
            "a message",
            "I really enjoyed reading this, keep up the good work! http://www.meusitelegal.example",
        ),
        (
            "German",
            "Lesezeichen gesetzt, komme bald wieder! http://www.gartenmoebel-welt.example",
        ),
        (
            "Portuguese",
            "Gostei muito, voltarei mais vezes. http://www.meusitelegal.example",
        ),
        (
            "Russian",
            "Добавил в закладки, буду заходить. http://www.moisait.example",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn anchors_that_sell_are_cut_even_inside_a_sentence() {
    // A sentence runs into each anchor, but its text or address sells (a
    // shop word, or keywords alone), or it points at a site's front page:
    // the anchor's words are cut. Each row: the text and a word of the anchor.
    let cases = [
        (
            "a shop word in the anchor text",
            "I found the best place to <a href=\"https://pills.example.com/store/viagra\">buy \
             cheap viagra online</a> last week.",
            "cheap viagra",
        ),
        (
            "a shop word in the address, German",
            "Ich habe gute Erfahrungen mit <a \
             href=\"https://shop.example.de/kaufen/cialis-ohne-rezept\">Cialis</a> gemacht.",
            "Cialis",
        ),
        (
            "an anchor whose text is keywords alone",
            "I love <a href=\"http://www.example.com/boots/classic\">ugg boots</a> very much",
            "ugg boots",
        ),
        (
            "an anchor whose text is keywords alone, Spanish",
            "Mi amigo me recomendó <a href=\"http://blog.example.es/2011/05/guia\">apuestas \
             deportivas</a> ayer.",
            "apuestas",
        ),
        (
            "a site's front page, French",
            "Pour gagner gros, essayez <a href=\"https://www.casino-bonus.example.fr/\">le \
             meilleur casino en ligne</a> ce soir.",
            "meilleur casino",
        ),
    ];
    for (name, text, sold) in cases {
        assert_cut(name, text, sold);
    }
}

#[test]
fn adult_lures_with_a_link_go_whole() {
    let cases = [
        (
            "hot singles, English",
            "Bored tonight? Hot singles in your area are waiting for you at \
             http://www.datingnow.example.xyz/",
        ),
        (
            "nude photos behind a shortener, German",
            "Hallo, ich bin Lena. Meine Nacktfotos findest du hier: https://bit.ly/3kLmNoP",
        ),
        (
            "a naughty date, French",
            "Envie d'une rencontre coquine ce soir ? Inscris-toi ici : http://rencontres.example.fr/",
        ),
        (
            "sex dating, Russian",
            "Секс знакомства в твоём городе без регистрации http://znakomstva.example.ru/",
        ),
        (
            "hot girls, Spanish",
            "Chicas calientes cerca de ti, fotos desnudas gratis: https://citas.example.es/",
        ),
    ];
    for (name, text) in cases {
        assert_all_spam(name, text);
    }
}

#[test]
fn offers_without_a_link_are_cut_by_their_calls_and_terms() {
    // Short adverts of gambling, loans and diet pills with no link: the
    // trade's terms and a call to act (`hemen üye ol`, `sprawdź ofertę`,
    // `order now`). Each row: the text and a term that must be cut.
    let cases = [
        (
            "betting sites, Turkish",
            "Deneme bonusu veren siteler 2024, güvenilir bahis siteleri, canlı casino ve slot \
             oyunları, hemen üye ol!",
            "güvenilir bahis siteleri",
        ),
        (
            "a casino offer, Russian",
            "Казино онлайн на реальные деньги, игровые автоматы бесплатно, бонус без депозита, \
             вулкан казино официальный сайт.",
            "бонус без депозита",
        ),
        (
            "quick loans, Polish",
            "Szybka pożyczka online bez BIK, chwilówki przez internet, pieniądze na koncie w 15 \
             minut. Sprawdź ofertę!",
            "chwilówki",
        ),
        (
            "keto pills, English",
            "Keto Burn Pills Reviews: shocking results! Lose 20 pounds in 2 weeks with this keto \
             diet pill. Order now from the official website with 50% discount.",
            "keto diet pill",
        ),
    ];
    for (name, text, term) in cases {
        assert_cut(name, text, term);
    }
}

#[test]
fn adverts_pointing_to_more_are_cut_in_several_languages() {
    // A pointer to more (`for more information`, `подробнее на`, `mehr
    // Infos unter`) under an offer of the trade's wares is a call to buy:
    // only news of the trade's ban or regulation ends on one as prose.
    let cases = [
        (
            "casino bonuses, English",
            "Best online casino bonuses and free spins every day! For more information visit \
             https://casino-bonus.example.com",
        ),
        (
            "casino bonuses, Russian",
            "Лучшие онлайн казино с бонусами! Подробнее на сайте https://casino-bonus.example.ru",
        ),
        (
            "casino bonuses, German",
            "Die besten Online-Casinos mit Bonus ohne Einzahlung. Mehr Infos unter \
             https://casino-bonus.example.de",
        ),
        (
            "pills without prescription, English",
            "Buy cheap viagra online without prescription. For more details: https://pharma.example.com",
        ),
        (
            "casino bonuses, Spanish",
            "Los mejores casinos online con bonos gratis. Más información en https://casino.example.es",
        ),
    ];
    for (name, text) in cases {
        assert_all_spam(name, text);
    }
}

#[test]
fn sites_that_name_themselves_are_still_cut() {
    // A list of sites by name cites them, and a title over a page names
    // it; a keyword line over a link is no title, and an advert names its
    // own site anywhere.
    let cases = [
        (
            "a keyword line over a shop's path",
            "cheap nfl jerseys: https://www.nfljerseys-wholesale.example.com/cheap-nfl-jerseys",
        ),
        (
            "a casino naming its own site",
            "Play at Lucky888 casino, 200% bonus on your first deposit! Lucky888 - \
             https://www.lucky888.example.com",
        ),
        (
            "a casino naming its own site before a pointer",
            "Best casino bonuses at LuckySpin! 200 free spins on your first deposit. For more \
             information visit www.luckyspin.com",
        ),
        (
            "followers sold by a site named before a pointer",
            "Need followers? InstaBoost delivers 10,000 real Instagram followers in 24 hours. For \
             more details visit https://www.instaboost.com",
        ),
        (
            "sunglasses sold by a site named in the sentence before",
            "Buy cheap Ray-Ban sunglasses at SunnyShades, 70% off! For more info: \
             www.sunnyshades.com",
        ),
        (
            "a prize draw naming its own site",
            "Free entry to win £250 cash every week! Txt WIN to 80878 now. Visit WinBig at \
             www.winbig.example.co.uk",
        ),
    ];
    for (name, text) in cases {
        assert_all_spam(name, text);
    }
}

#[test]
fn spun_copy_with_a_word_of_reporting_is_still_cut() {
    // A word of reporting does not make a report of copy that keeps
    // coming back to what it sells.
    let cases = [
        (
            "brand-and-goods phrases, English",
            "Louis Vuitton handbags outlet online. The police cannot stop our cheap Louis Vuitton \
             handbags sale. Buy Louis Vuitton handbags at the lowest price. Our Louis Vuitton \
             handbags outlet ships worldwide.",
        ),
        (
            "a drug named again and again, English",
            "My doctor said generic viagra is safe. Buy generic viagra online without \
             prescription. Cheap viagra pills shipped overnight. Order viagra today and save.",
        ),
    ];
    for (name, text) in cases {
        assert_all_spam(name, text);
    }
}

#[test]
fn praise_that_leaves_the_writers_site_goes_whole() {
    // Under stock praise, `my website` calls on the reader to visit it,
    // wherever its link stands.
    let cases = [
        (
            "English",
            "Really nice post, keep posting this type of post! I am adding my website link.\n\n\
             https://phone-data-shop.example.com/products/all-india-phone-number-database.php",
        ),
        (
            "Spanish",
            "¡Muy buen artículo, gracias por compartir! Les dejo mi web.\n\n\
             https://tienda-datos.example.es/productos/base-de-datos-telefonos.php",
        ),
    ];
    for (name, text) in cases {
        let cut: usize = Detector::new()
            .analyze(text)
            .spam_ranges()
            .map(|r| r.len())
            .sum();
        assert!(
            cut * 10 >= text.len() * 9,
            "{name}: cut {cut} of {}",
            text.len()
        );
    }
}

#[test]
fn testimonials_giving_a_scammers_address_go_whole() {
    // A reader thanks a spell caster, a fund-recovery "expert" or a
    // marabout, and gives their e-mail address or WhatsApp with a call to
    // write: the whole message is the advert.
    let cases = [
        (
            "fund recovery, English",
            "I lost $85,000 to a fake crypto investment platform until I contacted a recovery \
             expert at recoverypro@gmail.com, they helped me get it back. Contact them now.",
        ),
        (
            "a spell caster, English",
            "I was heartbroken until I found a powerful spell caster online. Within two days my \
             partner called me. Contact him on WhatsApp or email dr.oduwa@gmail.com",
        ),
        (
            "a love spell, Spanish",
            "Quiero agradecer al Dr. Zuma, su hechizo de amor funcionó en 2 días. Contáctalo por \
             WhatsApp o correo drzumaspell@gmail.com.",
        ),
        (
            "a love spell, Italian",
            "Grazie al mago Nando il suo incantesimo d'amore ha riportato mio marito a casa. \
             Contattalo su WhatsApp o scrivi a magonando@gmail.com",
        ),
    ];
    for (name, text) in cases {
        assert_all_spam(name, text);
    }
}

#[test]
fn praise_signed_with_a_service_goes_whole() {
    // Stock praise, then the service the comment was posted for where a
    // signature would be, with no link.
    let cases = [
        (
            "a training institute, English",
            "Thanks for this informative post, I really enjoyed reading it and will come back \
             for your next post. java training institute in pune",
        ),
        (
            "quick loans, Spanish",
            "Muy buen artículo, gracias por compartir esta información tan útil. préstamos \
             rápidos sin aval",
        ),
        (
            "a bought diploma, Russian",
            "Спасибо за статью, очень полезно! купить диплом недорого",
        ),
    ];
    for (name, text) in cases {
        assert_all_spam(name, text);
    }
}

#[test]
fn pharmacy_stuffing_in_cjk_scripts_goes_whole() {
    let cases = [
        (
            "Japanese",
            "バイアグラ 通販 処方箋なし 激安 ジェネリック 正規品 即日発送",
        ),
        ("Chinese", "伟哥 犀利士 春药 催情药 迷药 加微信 货到付款"),
        (
            "Korean",
            "비아그라 시알리스 정품 최저가 처방전 없이 구매 가능 무료배송",
        ),
    ];
    for (name, text) in cases {
        assert_all_spam(name, text);
    }
}

#[test]
fn quoted_keywords_that_no_text_reports_on_are_cut() {
    // Quotation marks alone make no mention: a deals line that quotes its
    // own keywords, with no word of reporting or of spam around it.
    let text = "Best deals of the week: 'cheap viagra online', 'replica watches', 'best casino \
                bonus', 'payday loans no credit check', all with free shipping.";
    assert_cut("a deals line", text, "replica watches");
}

#[test]
fn gambling_hashtags_are_read_for_their_glued_terms() {
    let cases = [
        (
            "hashtags alone",
            "#slotgacor #slotonline #judionline #maxwin #gacorhariini",
        ),
        (
            "a call and hashtags, Indonesian",
            "Daftar sekarang di situs terpercaya #slotgacor #judionline",
        ),
    ];
    for (name, text) in cases {
        assert_cut(name, text, "slotgacor");
    }
}

#[test]
fn gambling_comments_in_several_languages() {
    assert_all_spam(
        "russian slot machines",
        "игровые автоматы онлайн бесплатно без регистрации, онлайн казино с бонусом, \
         игровые автоматы на деньги, казино онлайн играть",
    );
    // Declined forms, as Russian writes them.
    assert_all_spam(
        "russian bookmakers, declined",
        "рейтинг букмекеров и обзор слотов: фриспинов без вложений, отзывы букмекеров, \
         лучших слотов и фриспины каждый день",
    );
    assert_all_spam(
        "indonesian site in mathematical bold",
        "Baru coba main di 𝐉𝐀𝐘𝐀𝟴𝟴 langsung jackpot besar, mantap!",
    );
    assert_all_spam(
        "thai baccarat",
        "บาคาร่า สล็อตออนไลน์ คาสิโนออนไลน์ เว็บพนัน แทงบอล สล็อต",
    );
    // Betting adverts in Hindi, Arabic, Persian, Japanese and Chinese: the
    // trade's words, its bonus offers and a call to sign up.
    for (name, text) in [
        (
            "hindi cricket betting",
            "ऑनलाइन कैसीनो इंडिया, क्रिकेट सट्टा, ऑनलाइन बेटिंग साइट, वेलकम बोनस और फ्री स्पिन \
             पाएं, अभी खेलें",
        ),
        (
            "arabic sports betting",
            "كازينو اون لاين، مراهنات رياضية، افضل مواقع المراهنات، بونص ترحيبي بدون ايداع، \
             سجل الآن",
        ),
        (
            "persian crash game",
            "کازینو آنلاین، سایت شرط بندی معتبر، بازی انفجار، بونوس ثبت نام رایگان",
        ),
        (
            "japanese online casino",
            "オンラインカジノ 入金不要ボーナス 無料スピン 今すぐプレイ",
        ),
        (
            "chinese lottery platform",
            "时时彩 北京赛车 网投平台 注册送38元 稳赚不赔 立即注册",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn counterfeit_goods_are_cut_in_several_languages() {
    // A copy word beside the goods it copies (`réplique montre`, `podróbki
    // zegarków`) with a shop word: each row's counterfeit phrase is cut.
    for (name, text, phrase) in [
        (
            "watches, French",
            "Réplique montre Rolex pas cher, montres de luxe copie haute qualité, livraison \
             gratuite en France.",
            "Réplique montre",
        ),
        (
            "watches and bags, Polish",
            "Podróbki zegarków Rolex tanio, repliki torebek Louis Vuitton, darmowa wysyłka.",
            "Podróbki zegarków",
        ),
        (
            "watches and bags, Dutch",
            "Namaak Rolex horloges goedkoop kopen, replica tassen Louis Vuitton, gratis verzending.",
            "replica tassen",
        ),
        (
            "watches, German",
            "Replika Uhren kaufen günstig, Rolex Replica Deutschland, beste Qualität, schneller \
             Versand.",
            "Replika Uhren",
        ),
    ] {
        assert_cut(name, text, phrase);
    }
}

#[test]
fn essay_and_thesis_mills_are_cut_in_several_languages() {
    // An offer to write a student's thesis or coursework, with somewhere to
    // order it: the whole comment goes.
    for (name, text) in [
        (
            "coursework to order, Russian",
            "Спасибо за статью! Кстати, если нужно написать курсовую или дипломную работу на \
             заказ, обращайтесь на https://diplom-zakaz.example.ru недорого и быстро.",
        ),
        (
            "a ghostwriter agency, German",
            "Toller Beitrag! Wer keine Zeit hat: Bachelorarbeit schreiben lassen oder einen \
             Ghostwriter für die Masterarbeit finden, diskret und günstig bei \
             https://ghostwriter.example.de",
        ),
        (
            "theses to order, Spanish",
            "Excelente artículo. Si necesitas ayuda, hacemos tu tesis por encargo y trabajos \
             universitarios a buen precio. Escríbenos: https://tesis.example.com",
        ),
        (
            "thesis jockeys on WhatsApp, Indonesian",
            "Artikel yang bagus. Jasa pembuatan skripsi dan joki tugas kuliah murah, terpercaya \
             dan cepat. Hubungi WA 0812-3456-7890",
        ),
        (
            "papers written for pay, Chinese",
            "专业代写论文，毕业论文代写，留学生作业代写，保证原创，价格优惠，请加微信咨询",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn money_made_from_home_is_an_offer() {
    // What the work-from-home scheme promises (a sum a day from home), with
    // somewhere to sign up.
    for (name, text) in [
        (
            "a sum a day from home",
            "Earn $500 a day from home!!! I made $3000 last week just working 2 hours a day, \
             check it out here >>> http://bit.ly/2xYz3Ab",
        ),
        (
            "money from home with a shop of a site",
            "Make money from home with our proven system, no experience needed. Start today at \
             https://easy-income.example.com",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn scam_letters_and_forged_notices_go_whole() {
    // A win claimed with a free-mail claims agent to write to, a forged
    // bank notice over a link, a diploma mill with a number, a loan for any
    // credit history.
    for (name, text) in [
        (
            "a lottery win, English",
            "CONGRATULATIONS! Your email address has won £850,000 in the online draw. To claim \
             your prize, contact our claims agent Mr. David Brown at claims.draw@gmail.com with \
             your winning number.",
        ),
        (
            "a lottery win, French",
            "Félicitations ! Votre adresse e-mail a gagné 500 000 € à la loterie en ligne. Pour \
             réclamer votre prix, contactez notre agent M. Pierre Martin à \
             reclamation.loto@gmail.com avec votre numéro gagnant.",
        ),
        (
            "a lottery win, German",
            "Herzlichen Glückwunsch! Ihre E-Mail-Adresse hat 500.000 € in der Online-Lotterie \
             gewonnen. Um Ihren Gewinn zu beanspruchen, kontaktieren Sie unseren Agenten Herrn \
             Müller unter gewinn.lotto@gmail.com.",
        ),
        (
            "a forged payment-service notice",
            "Dear Customer, your PayPal account has been limited due to unusual activity. Please \
             verify your account information within 24 hours to avoid suspension: \
             http://paypal-secure-verify.example.com/login",
        ),
        (
            "a diploma mill",
            "Get a university diploma in 2 weeks! No exams, no classes. Bachelors, masters, MBA \
             and doctorate degrees available. Call 1-206-202-1234 24 hours a day, 7 days a week.",
        ),
        (
            "a loan for any credit",
            "Refinance your mortgage today at 2.9% fixed rate! Approved regardless of credit \
             history. Lower your monthly payments by $500. Apply online in 2 minutes: \
             http://lowrates.example.com",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn link_lists_that_name_goods_or_vices_go_whole() {
    // A list of sites sells when its lines say keywords on most of them,
    // name a vice, or its hosts are keywords.
    for (name, text) in [
        (
            "goods on every line",
            "Ugg boots outlet: http://www.abcshop.com\nMoncler jackets sale: \
             http://www.xyzstore.com\nCanada goose cheap: http://www.qwestore.com",
        ),
        (
            "a vice among the lines",
            "Useful links\nCasino: http://www.aaa.com\nPoker online: http://www.bbb.com\nSlots: \
             http://www.ccc.com",
        ),
        (
            "keywords in the hosts",
            "Cheap flights: http://cheapflights-now.example.com\nBest hotels: \
             http://hotels-deal.example.com\nCheap cars: http://cars.example.com",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn a_move_notice_that_sells_or_praises_still_goes() {
    // A gambling site's new address (its vice terms sell) and a comment
    // template's praise over "my blog has moved".
    for (name, text) in [
        (
            "a casino's new address, Chinese",
            "澳门新葡京新地址：https://www.xpj888.com 注册送88元彩金，百家乐真人视讯",
        ),
        (
            "a slot site's new address, Indonesian",
            "Situs slot gacor pindah ke alamat baru: https://gacor88.vip daftar sekarang bonus \
             new member 100%",
        ),
        (
            "a casino's new domain, English",
            "Our casino has moved to a new domain! Play online slots with a 200% welcome bonus \
             and free spins at https://casino-new.example",
        ),
        (
            "praise over a moved blog",
            "Great post! By the way my blog has moved to https://www.newblog.example.com check \
             it out",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn keywords_a_paragraph_each_and_replica_adverts_that_ask_real_or_fake_are_cut() {
    // Stuffing set one phrase to a paragraph has no sentence around its
    // phrases; an advert may borrow a guide's words (`real vs fake`).
    for (name, text) in [
        (
            "a phrase a paragraph",
            "cheap ugg boots\n\nugg outlet store\n\nmoncler jackets sale\n\ncanada goose outlet",
        ),
        (
            "an advert that asks real or fake",
            "Replica Rolex watches, real vs fake? Our copies pass any authentication! Buy cheap \
             replica watches at http://rep-watches.example.com",
        ),
        (
            "an advert that says how to spot",
            "How to spot a good replica: buy from http://replicas.example.com cheap Louis Vuitton \
             bags, Gucci belts and Prada wallets, free shipping.",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn korean_betting_with_its_bonus_words_and_sign_up_calls_is_cut() {
    // A betting site's first- and every-deposit bonus (`첫충`, `매충`) and
    // its calls to sign up back its trade's words without a link.
    let text = "먹튀검증 완료된 안전놀이터 추천합니다. 신규가입 첫충 20% 매충 10% 지급, 스포츠 배팅 \
                미니게임 파워볼 가능. 가입코드 7777 텔레그램 @safe_toto";
    assert_cut(
        "korean betting",
        text,
        "안전놀이터 추천합니다. 신규가입 첫충",
    );
}

#[test]
fn vietnamese_betting_written_without_accents_is_cut() {
    // Hosts and copy drop the accents (`nhacai`, `ca cuoc`): the trade's
    // words are read in both spellings.
    for (name, text) in [
        (
            "accented copy over an unaccented host",
            "Nhà cái uy tín nhất Việt Nam, cá cược bóng đá, casino trực tuyến, nạp rút nhanh, \
             khuyến mãi 100% cho thành viên mới. Đăng ký tại https://nhacai-uytin.example",
        ),
        (
            "unaccented copy",
            "Nha cai uy tin, ca cuoc bong da, tai xiu, xoc dia online, khuyen mai 100% cho thanh \
             vien moi. Dang ky ngay tai https://bet.example",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn a_signature_link_under_pasted_text_is_cut_alone() {
    let pasted = "The museum's new wing opened in spring, with rooms for the sculpture \
                  collection and a cafe on the roof. Visitors praised the light in the halls.";
    let tail = "gucci handbags https://www.bagsforless.example.com/";
    let text = format!("{pasted}\n{tail}");
    assert_eq!(spans(&text), [tail]);
    assert_prose(
        "a reader's closing link",
        "The second example fails on Windows because of the path separator.\n\
         Details here https://docs.example.org/paths",
    );
}

#[test]
fn a_pitch_naming_its_site_without_http_goes_whole() {
    assert_all_spam(
        "bare domains",
        "Hello,\n\nListHarbor.com has a special package: any group of mailing lists \
         for $39 or all twelve lists for $199, with unlimited sends for a year.\n\n\
         You can order on ListHarbor.com and see samples at ListHarbor.com/samples.",
    );
}

#[test]
fn a_lone_bot_comment_under_a_page_goes_without_the_page() {
    // One comment is a comment section too: its author line over its date.
    let page = "About us\n\nWe are a small team that repairs bicycles.\n\n1 comment";
    let bot = "mark says:\n2019-04-02 03:11\n\nxQ7kes http://www.9fGhTqLmZp2XvB8wRkYn.com";
    let text = format!("{page}\n\n{bot}");
    assert_eq!(spans(&text), [bot]);
}

#[test]
fn phone_number_spam_goes_whole() {
    assert_all_spam(
        "tech support",
        "Having trouble with your router? Call our router tech support number +1 800-555-0199 \
         today, our router customer service number is open 24/7 for every problem.",
    );
}

#[test]
fn a_number_advertised_as_a_support_line_goes_whole() {
    // No lexicon term: the number and the words that advertise it.
    assert_all_spam(
        "mail helpline",
        "zentramail password reset helpline 1 888 555 0142 zentramail customer care, no waiting",
    );
    assert_all_spam(
        "digits in one run",
        "Locked out? The orbifax technical support team answers on 18885550173, the toll free \
         telephone number for every orbifax account.",
    );
    // Without a number, the support words beside a call to action.
    assert_all_spam(
        "airline line without digits",
        "Planning a trip? Dial the Skylane Airways reservation number and our customer care \
         experts will book your seat with the best deals on flight tickets, any time.",
    );
    assert_prose(
        "a customer who called",
        "I called your customer service number twice last week and nobody answered. \
         Please check my order from the 3rd, it still has not shipped.",
    );
    // A customer gives a number too: one phrase, written to the company.
    assert_prose(
        "customer inquiry",
        "Hello, I ordered two chairs last week and they have not arrived yet. \
         Could you call me back? My phone number is 0722 555 0184. Thank you, Grace",
    );
}

#[test]
fn a_vice_term_with_calls_to_action_is_an_advert() {
    assert_all_spam(
        "support line without a number",
        "Locked out of your mail? Dial the helpline number, open 24/7, and get in touch with \
         an agent who will reset it for you. Most problems are solved in one short conversation.",
    );
    assert_prose(
        "news naming a support line",
        "The bank said its customer service number had been overwhelmed on Monday, and that \
         most calls were about the outage of its mobile app.",
    );
}

#[test]
fn disguised_letters_are_read_and_cut_in_the_original() {
    let text = "The library opens at nine on weekdays, and at ten on Sundays.\n\n\
                𝐛𝐮𝐲 𝐯𝐢𝐚𝐠𝐫𝐚 𝐨𝐧𝐥𝐢𝐧𝐞 𝐜𝐡𝐞𝐚𝐩 𝐜𝐢𝐚𝐥𝐢𝐬 𝐨𝐧𝐥𝐢𝐧𝐞 𝐩𝐡𝐚𝐫𝐦𝐚𝐜𝐲 𝐧𝐨 𝐩𝐫𝐞𝐬𝐜𝐫𝐢𝐩𝐭𝐢𝐨𝐧";
    let found = spans(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("𝐛𝐮𝐲") && found[0].ends_with("𝐧"),
        "{found:?}"
    );
    assert_eq!(
        Detector::new().clean(text),
        "The library opens at nine on weekdays, and at ten on Sundays."
    );
}

#[test]
fn a_short_comment_at_a_text_s_start_stays_above_a_stuffed_one() {
    // A run or a passage reaches a text's start for half a switch; the
    // short comment there holds no keyword and stays. English and German.
    let cases = [
        (
            "Anna says:\nMarch 3, 2012 at 4:15 pm\nGreat post!",
            "cheap ugg boots says:\nMarch 4, 2012 at 2:01 am\n\
             ugg boots outlet ugg boots sale cheap ugg boots",
        ),
        (
            "Anna schreibt:\n3. März 2012 um 16:15\nToller Beitrag!",
            "billige ugg boots schreibt:\n4. März 2012 um 02:01\n\
             ugg boots outlet ugg boots günstig kaufen",
        ),
    ];
    for (genuine, spam) in cases {
        let text = format!("{genuine}\n\n{spam}");
        assert_eq!(spans(&text), [spam], "{text}");
    }
}

#[test]
fn comment_sections_with_endings_of_several_tokens_lose_only_their_spam() {
    // Author lines that end in two kana (`より`) or in a word and a letter
    // in brackets (`написал(а)`), with or without a date line: the spam
    // comment goes with its header, the post and the other comments stay.
    let cases = [
        (
            "Japanese, with dates",
            "Rustのライフタイムの解説、分かりやすかったです。\n\n田中 より:\n2021年5月3日 10:15 AM\n\
             ありがとうございます。参考になりました。\n\n",
            "ブランドコピー より:\n2021年5月4日 11:20 AM\n\
             スーパーコピー ブランド 激安 通販 ルイヴィトン 財布 N級品 https://copy-brand.example.jp/",
            "\n\n佐藤 より:\n2021年5月5日 8:02 PM\n次の記事も楽しみにしています。",
        ),
        (
            "Russian, without dates",
            "Отличная статья про настройку nginx, спасибо автору.\n\nИван написал(а):\n\
             Спасибо, всё заработало с первого раза!\n\n",
            "casino-vulkan написал(а):\nИграй в казино вулкан онлайн на реальные деньги! Бонус без \
             депозита http://vulkan-casino-bonus.example.ru/",
            "\n\nМария написал(а):\nА как быть с HTTPS? Подскажите, пожалуйста.",
        ),
    ];
    for (name, before, spam, after) in cases {
        assert_only_between(name, before, spam, after);
    }
}

#[test]
fn a_spam_comment_goes_with_its_author_and_date_lines() {
    // Where the token model takes a spam comment's stuffing, the author
    // line and the date line above it, and its reply link below, go with
    // it: they are the comment's header, not text of its own. German,
    // Polish, Spanish and French, with reply lines.
    let cases = [
        (
            "Ich habe die Festplatte gegen eine SSD getauscht.\n\nMarkus sagt:\n\
             3. Mai 2021 um 10:15 Uhr\nGuter Tipp, habe ich auch gemacht.\nAntworten\n\n",
            "Jessica sagt:\n4. Mai 2021 um 11:20 Uhr\nViagra kaufen ohne Rezept, günstig online \
             bestellen, beste Preise https://pillen-shop.example.com/\nAntworten",
            "\n\nLucy sagt:\n5. Mai 2021 um 20:02 Uhr\nWelche SSD hast du gekauft?\nAntworten",
        ),
        (
            "Wymieniłem dysk na SSD.\n\nTomek napisał:\n3 maja 2021 o 10:15\n\
             Dobry pomysł, zrobiłem to samo.\nOdpowiedz\n\n",
            "Ania napisał:\n4 maja 2021 o 11:20\nViagra bez recepty, tanio online, zamów teraz \
             najlepsze ceny https://tabletki-sklep.example.pl/\nOdpowiedz",
            "\n\nLucy napisał:\n5 maja 2021 o 20:02\nJaki dysk kupiłeś?\nOdpowiedz",
        ),
        (
            "Cambié el disco por un SSD.\n\nCarlos dijo:\n3 de mayo de 2021 a las 10:15\n\
             Buen consejo, hice lo mismo.\nResponder\n\n",
            "Jessica dijo:\n4 de mayo de 2021 a las 11:20\nComprar viagra sin receta, barato \
             online, envío gratis, mejor precio https://pastillas-tienda.example.com/\nResponder",
            "\n\nLucía dijo:\n5 de mayo de 2021 a las 20:02\n¿Qué SSD compraste?\nResponder",
        ),
        (
            "J'ai remplacé le disque par un SSD.\n\nMarc a dit :\n3 mai 2021 à 10 h 15 min\n\
             Bon conseil, j'ai fait pareil.\nRépondre\n\n",
            "Jessica a dit :\n4 mai 2021 à 11 h 20 min\nAcheter viagra sans ordonnance pas cher en \
             ligne, livraison gratuite https://pilules-boutique.example.com/\nRépondre",
            "\n\nLucie a dit :\n5 mai 2021 à 20 h 02 min\nQuel SSD as-tu acheté ?\nRépondre",
        ),
    ];
    for (before, spam, after) in cases {
        assert_only_between("a comment with reply lines", before, spam, after);
    }
}

#[test]
fn a_wave_of_one_line_query_comments_goes_with_its_headers() {
    // A wave of comments, each one pharmacy query line: the token model
    // takes the run of queries, and every comment in it goes whole, the
    // first one's author and date lines too. The post and the genuine
    // comment after the wave stay. English and German.
    let waves = [
        (
            "Notes on tuning autovacuum\n\nThe defaults are too timid for large tables.\n\n",
            [
                "Jessica says:\nMay 3, 2021 at 10:10 am\n",
                "Mike says:\nMay 4, 2021 at 10:11 am\n",
            ],
            [
                "order levothyroxine without prescription",
                "clomid for sale online",
                "where can i buy metformin over the counter",
                "buy sertraline online no prescription",
                "cheap lisinopril price",
                "amoxicillin 500mg buy online uk",
            ],
            "\n\nRob says:\nMay 20, 2021 at 9:00 am\nThanks, lowering the scale factor fixed our bloat.",
        ),
        (
            "Notizen zum Autovacuum\n\nDie Standardwerte sind für große Tabellen zu zaghaft.\n\n",
            [
                "Jessica sagt:\n3. Mai 2021 um 10:10 Uhr\n",
                "Mike sagt:\n4. Mai 2021 um 10:11 Uhr\n",
            ],
            [
                "levothyroxin ohne rezept bestellen",
                "clomid online kaufen",
                "metformin rezeptfrei kaufen",
                "sertralin online bestellen ohne rezept",
                "lisinopril günstig kaufen",
                "amoxicillin 500mg online kaufen",
            ],
            "\n\nRob sagt:\n20. Mai 2021 um 9:00 Uhr\nDanke, ein kleinerer Faktor hat geholfen.",
        ),
    ];
    for (post, [first, second], queries, genuine) in waves {
        let mut wave = String::new();
        for (k, query) in queries.iter().enumerate() {
            if k > 0 {
                wave.push_str("\n\n");
            }
            wave.push_str(if k % 2 == 0 { first } else { second });
            wave.push_str(query);
        }
        let text = format!("{post}{wave}{genuine}");
        assert_eq!(spans(&text), [wave.as_str()], "{text:?}");
    }
}

#[test]
fn a_page_without_author_lines_loses_only_its_spam_paragraph() {
    // A post's line and its readers' comments with no author lines (as a
    // text extractor leaves them): praise in one of them does not glue
    // the others to the spam paragraph. English and Russian.
    let cases = [
        (
            "Great article about setting up nginx, thanks to the author.\n\n\
             Thanks, everything worked the first time!\n\n",
            "Play at vulkan casino online for real money! No deposit bonus \
             http://vulkan-casino-bonus.example.com/",
            "\n\nWhat about HTTPS? Please advise.",
        ),
        (
            "Отличная статья про настройку nginx, спасибо автору.\n\n\
             Спасибо, всё заработало с первого раза!\n\n",
            "Играй в казино вулкан онлайн на реальные деньги! Бонус без депозита \
             http://vulkan-casino-bonus.example.ru/",
            "\n\nА как быть с HTTPS? Подскажите, пожалуйста.",
        ),
    ];
    for (before, spam, after) in cases {
        let text = format!("{before}{spam}{after}");
        let cut = spans(&text);
        assert!(
            cut.iter().all(|c| spam.contains(c)) && !cut.is_empty(),
            "{text:?}: cut {cut:?}"
        );
    }
}

#[test]
fn comment_sections_lose_only_their_spam_comments() {
    let genuine_1 = "Maria says:\n2019-03-02 10:15\n\n\
                     The part about connection pools saved me a day of debugging. \
                     Does the same advice hold for the async driver?";
    let spam = "cheap jerseys says:\n2019-03-04 02:40\n\n\
                Great article! Visit my site http://cheap-nfl-jerseys-wholesale.example.com/ \
                for cheap jerseys and wholesale jerseys.";
    let genuine_2 = "Tom says:\n2019-03-05 18:02\n\n\
                     It does, as long as you close the cursor before returning it. \
                     The docs explain it at https://docs.example.org/async/pools.html";
    let post = "Connection pools in practice\n\n\
                Opening a database connection is slow, so servers keep a pool of them.";
    let text = format!("{post}\n\n{genuine_1}\n\n{spam}\n\n{genuine_2}\n");
    assert_eq!(spans(&text), [spam]);

    // A keyword author name is the payload, whatever the body says; a
    // person's name that is also a brand is not.
    let named = "replica rolex watches says:\n2019-03-06 11:00\n\nI agree with the post above.";
    let jordan = "Jordan says:\n2019-03-07 09:30\n\nThanks, this fixed my pool exhaustion.";
    let text = format!("{post}\n\n{genuine_1}\n\n{named}\n\n{jordan}\n");
    assert_eq!(spans(&text), [named]);

    // A blog's pingback, named by its post and its site and quoting the
    // post, stays, and so does a one-word name.
    let pingback = "Weekly links | devnotes.example.org says:\n2019-03-09 08:00\n\n\
                    [...] Connection pools in practice, a clear write-up [...]";
    let one_word = "Ajaxian says:\n2019-03-10 09:00\n\nAjaxian...\n\n[...] pools [...]";
    // A handle is a name, not a bot's string: a reader's question with a
    // link stays, whatever the case pattern of the name above it.
    let handle = "JSNewbie says:\n2019-03-12 10:00\n\n\
                  Any idea how this compares with the engine at http://code.example.org/tpl/ for speed?";
    let text = format!("{post}\n\n{genuine_1}\n\n{handle}\n\n{jordan}\n");
    assert!(spans(&text).is_empty(), "{:?}", spans(&text));
    let text = format!("{post}\n\n{genuine_1}\n\n{pingback}\n\n{one_word}\n");
    assert!(spans(&text).is_empty(), "{:?}", spans(&text));
}

#[test]
fn legitimate_text_that_looks_like_spam_stays() {
    // A shop page's buttons, glued by the text extractor, name nothing
    // to sell.
    assert_prose(
        "buttons",
        "Network tools for testing\n\nCentral management for teams\n\n\
         Buy NowUpgrade Buy NowUpgrade Buy Now\n\nStandard Edition\n\nOne-click setup",
    );
    assert_prose(
        "a reader's link after a space",
        "The same fix is described in the manual, see http://docs.example.org/pools",
    );
    // A hard-wrapped letter breaks its sentences anywhere, a brand among them.
    assert_prose(
        "hard-wrapped letter",
        "Dear neighbours, the garden committee met on Tuesday and agreed that the\n\
         new benches will be delivered next month. We thank the shop that sold us\n\
         the paint at cost, and the two families who lent us their tools and\n\
         their time. The spring planting starts on the first Saturday of April, and\n\
         everyone is welcome, with or without gloves or Nike\n\
         trainers. Coffee and cake will be served from ten in the morning.",
    );
    assert_prose(
        "a question naming a site",
        "Why does https://example.org/ load slowly behind our proxy?",
    );
    assert_prose(
        "a comment with a documentation link",
        "You can set the timeout per request, see https://docs.example.org/client/timeouts \
         for the details and an example.",
    );
    assert_prose(
        "a complaint about gambling spam",
        "Tolong hapus komentar spam judi online di sini, sudah terlalu banyak.",
    );
    assert_prose(
        "fullwidth letters in Japanese",
        "ＮＥＷＳ ＷＥＢは、ニュースをわかりやすいことばで伝えるウェブサイトです。",
    );
    assert_prose(
        "a page's code",
        "<video> type=\"video/mp4\"> type=\"video/ogg\"> type=\"video/webm\"> \
         type=\"video/mp4\"> type=\"video/ogg\"> type=\"video/webm\">",
    );
    assert_prose(
        "stock tips with prices",
        "Top picks\n\nAcme Steel | BUY | Target Price: Rs 410\n\nDelta Power | Buy | Target: Rs 95\n\n\
         Orion Bank | Buy | Target Price: Rs 1,220\n\nNova Foods | BUY | Target: Rs 330",
    );
    assert_prose(
        "an awards list in Chinese",
        "▪ 2018 第十届 城市音乐奖 最佳专辑 《远方》 （提名）\n\n\
         ▪ 2018 第十届 城市音乐奖 最佳女歌手 《远方》 （提名）\n\n\
         ▪ 2017 第九届 城市音乐奖 最佳作曲 《远方》 （获奖）\n\n\
         ▪ 2017 第九届 城市音乐奖 最佳编曲 《远方》 （提名）",
    );
}

#[test]
fn keyword_paragraphs_between_prose_go_alone() {
    // Keyword paragraphs between prose paragraphs are cut, the prose stays.
    let between = "The ferry to the island runs twice a day in summer.\n\n\
         cheap moncler outlet moncler jackets sale moncler outlet online\n\n\
         In winter the crossing is weekly and depends on the weather.\n\n\
         moncler outlet cheap moncler jackets discount moncler sale";
    let found = spans(between);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .all(|s| s.starts_with("cheap") || s.starts_with("moncler")),
        "{found:?}"
    );
    // Stuffing appended to a message leaves its prose.
    let appended = "We walked along the river after lunch and watched the boats come in. \
         The light was soft and the water calm, and we stayed until the evening.\n\
         cheap moncler outlet moncler jackets sale moncler outlet online moncler sale";
    let found = spans(appended);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("cheap moncler"), "{found:?}");
}

/// Keyword runs that are no clause of a sentence are cut, whatever prose
/// stands before them: a line of their own, a list that takes most of its
/// sentence, a phrase said again, a sentence whose rest sells too.
#[test]
fn keyword_runs_that_are_no_clause_are_cut() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "a keyword line under prose",
            "We had a lovely weekend in the mountains and the weather was great.\n\
             cheap moncler jackets outlet gucci bags sale",
            "cheap moncler jackets outlet gucci bags sale",
        ),
        (
            "a list that is most of its sentence",
            "We had a lovely weekend. Buy cheap moncler jackets, gucci bags, ugg boots and nike \
             shoes at our store.",
            "Buy cheap moncler jackets, gucci bags, ugg boots",
        ),
        (
            "a brand said again and again",
            "The hotel was nice and the food was good. moncler outlet moncler jackets cheap \
             moncler moncler sale",
            "moncler outlet moncler jackets cheap moncler moncler sale",
        ),
        (
            "a sentence whose rest sells too",
            "Great post! cheap ugg boots on sale now at the best price",
            "cheap ugg boots on sale",
        ),
        (
            "a keyword line after prose, German",
            "Wir waren im Urlaub. Moncler Jacken günstig kaufen Moncler Outlet Sale",
            "Moncler Jacken günstig kaufen Moncler Outlet Sale",
        ),
        (
            "a keyword list after prose, French",
            "Nous avons passé un bon week-end. sacs louis vuitton pas cher, sac gucci pas cher, \
             moncler pas cher",
            "sacs louis vuitton pas cher, sac gucci pas cher, moncler pas cher",
        ),
        (
            "a phrase said twice, glued to a sentence in another language",
            "The council met on Tuesday and approved the new budget. moncler outlet, moncler \
             outlet, cheap ugg boots, cheap ugg boots 市は来月から図書館の開館時間を延長すると発表した。",
            "moncler outlet, moncler outlet, cheap ugg boots, cheap ugg boots",
        ),
        (
            "many terms glued to a sentence in the same language",
            "The council met on Tuesday and approved the new budget. cheap ugg boots louis \
             vuitton pas cher nike air max günstig moncler outlet the city will extend the \
             opening hours of the library from next month, the mayor said.",
            "cheap ugg boots louis vuitton pas cher nike air max günstig moncler outlet",
        ),
        (
            "many terms glued to a sentence's start",
            "The council met on Tuesday. cheap ugg boots nike air max moncler outlet and the city \
             will extend the opening hours of the public library from next month, the mayor said \
             on Tuesday evening.",
            "cheap ugg boots nike air max moncler outlet",
        ),
    ];
    for (name, text, spam) in cases {
        assert_eq!(spans(text), [*spam], "{name}");
    }
}

/// An advert that names the police or customs to reassure its buyers, or
/// a doctor in a made-up testimonial, is still an advert: a word of a text
/// that reports weighs less than a link, a call and the goods.
#[test]
fn adverts_that_borrow_the_words_of_reporting_are_still_cut() {
    for text in [
        "Great replica watches at the best price, no problems with police or customs! Order \
         now: http://replica-watches-shop.example.com/",
        "Cheap replica Rolex and fake Gucci bags, never seized at customs. Buy now \
         http://fake-bags.example.net",
        "My doctor was shocked how well it works! Buy cheap viagra online without prescription \
         at http://cheap-pills.example.com/ , order now.",
        "I took these pills for a month and lost 10 kg! Order Keto pills online now: \
         http://keto-pills.example.net",
    ] {
        assert_all_spam(text, text);
    }
}

/// Stuffing that says it is no scam is still stuffing: a word about spam
/// makes a clause only of a sentence with grammar around the terms.
#[test]
fn stuffing_that_says_it_is_no_scam_is_still_cut() {
    for (text, stuffing) in [
        (
            "100% legit no scam: cheap viagra cialis levitra online pharmacy no prescription buy now",
            "cheap viagra cialis levitra online pharmacy no prescription buy now",
        ),
        (
            "Sin estafas: casino online bono sin depósito giros gratis apuestas deportivas casino \
             online",
            "casino online bono sin depósito giros gratis apuestas deportivas casino online",
        ),
    ] {
        assert_eq!(spans(text), [stuffing], "{text}");
    }
}

/// A casino advert that names its licence is still an advert: the
/// regulator's words weigh less than the link, the call and the offer.
#[test]
fn casino_adverts_that_name_their_licence_are_still_cut() {
    for text in [
        "Best online casino licensed by the gaming commission, sign up now and get 100 free \
         spins: http://casino-bonus.example.com/",
        "Casino online legalizado en España, regístrate ahora y recibe 200 giros gratis: \
         http://casino-giros.example.es/",
    ] {
        assert_all_spam(text, text);
    }
}

/// A made-up buyer's account of a vice purchase is a testimonial advert:
/// the account halves its words' weight, and the link, the vice terms and
/// the selling words still carry it, in any language.
#[test]
fn testimonials_of_a_vice_purchase_are_still_cut() {
    for (name, text) in [
        (
            "English",
            "I ordered viagra from this online pharmacy and got it in 3 days, cheap and \
             discreet! https://bestmeds-online.example/",
        ),
        (
            "Portuguese",
            "Comprei Viagra barato nesta farmácia online, entrega rápida: \
             http://farmacia-barata.example/",
        ),
        (
            "German",
            "Ich habe Viagra hier bestellt, günstig und diskret: http://apotheke-billig.example",
        ),
        (
            "Indonesian",
            "Saya beli obat kuat viagra asli murah di sini: http://obatkuat-asli.example/",
        ),
        (
            "Russian",
            "Я купил виагру дешево без рецепта здесь: http://apteka-deshevo.example/",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

/// A phrase written without its spaces in a site's name (`paydayloans`,
/// `casinoonline`) is that phrase: praise over such a site is an advert,
/// in any language.
#[test]
fn a_site_named_after_a_phrase_is_a_keyword_in_a_link() {
    for text in [
        "if your printer stops working just visit https://www.easyprintersupportnow.example/ for help",
        "Great post, thanks for sharing https://www.bestpaydayloansnow.example.com/",
        "Buone informazioni, grazie. http://www.casinoonlineitalia.example.it/",
        "Muy buen post, gracias. https://www.casinoonlineespana.example.es/",
        "Sehr guter Artikel! https://www.onlinecasinodeutschland.example.de/",
    ] {
        assert_all_spam(text, text);
    }
}

/// A word that introduces the link right after it on its line (`Link -
/// https://…`) calls on the reader to follow it, in any language; a
/// heading above a list of links is no call (see `legit_shapes`).
#[test]
fn a_link_introduced_on_its_line_is_a_call() {
    for text in [
        "Earn money online with this robot, most successful people already use it.\n\
         Link - https://robot.example.de/start.php",
        "Заработок в интернете с этим роботом, попробуйте сами.\n\
         Ссылка - https://robot.example.ru/start.php",
    ] {
        assert_all_spam(text, text);
    }
}

#[test]
fn keyword_lines_with_links_to_forum_profiles_go_whole() {
    // Profile spam: goods named beside links to the spammer's member pages
    // on unrelated forums. A member's page is no page a text cites.
    for (name, text) in [
        (
            "English",
            "Ugg Boots Women\nMoncler Jackets Men\n\
             http://forum.example.net/member.php?2231-qwzrtplk\n\
             http://board.example.org/user/xkvbtrwq/",
        ),
        (
            "German",
            "Ugg Stiefel Damen\nMoncler Jacken Herren\n\
             http://forum.example.de/member.php?5512-pqwrtzl\n\
             http://board.example.de/index.php?action=profile;u=993",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

#[test]
fn a_rest_without_grammar_holding_the_link_goes_with_its_stuffing() {
    // The token model cuts the keywords; the few words after them that
    // hold the shop's address are no prose of anyone's.
    for (name, text) in [
        (
            "English",
            "Order Cialis 20mg online, lowest prices, no prescription required. Discreet \
             worldwide shipping. https://rx-meds.example",
        ),
        (
            "French",
            "Acheter Cialis 20mg en ligne, prix bas, sans ordonnance. Livraison discrète \
             partout. https://pharma-fr.example",
        ),
    ] {
        assert_all_spam(name, text);
    }
    // A sentence with grammar before appended stuffing is the writer's.
    let text = "Our bakery opens at 7am every day, see https://www.bakery.example for the menu.\n\
                viagra cialis viagra cialis cheap viagra online buy cialis online cheap levitra online";
    let cut = spans(text);
    assert!(
        !cut.is_empty() && cut.iter().all(|s| !s.contains("bakery")),
        "{cut:?}"
    );
}

#[test]
fn prize_claims_and_subscriber_swaps_go_whole() {
    for (name, text) in [
        (
            "English",
            "Congratulations! You have won a $1,000 gift card. Claim your prize now at \
             http://prize-center.example",
        ),
        (
            "French",
            "Félicitations ! Vous avez gagné un iPhone 15. Réclamez votre prix ici : \
             http://gagnant-fr.example",
        ),
        (
            "German",
            "Glückwunsch! Sie haben gewonnen: ein Samsung Galaxy. Jetzt hier abholen: \
             http://gewinn-de.example",
        ),
        (
            "Portuguese",
            "Parabéns! Você ganhou um vale de R$1000. Resgate seu prêmio: http://premio-br.example",
        ),
        (
            "a subscriber swap",
            "Nice video! Check out my channel too, sub4sub, I always subscribe back!!",
        ),
    ] {
        assert_all_spam(name, text);
    }
    // News of the scam, a contest's own winner, a creator's own channel.
    for (name, text) in [
        (
            "a police warning quoting the scam",
            "Police warn of text messages claiming that you have won £1,000 and asking \
             recipients to call a premium-rate number.",
        ),
        (
            "a warning quoting the scam, German",
            "Wie die Polizei mitteilt, erhielten Senioren Anrufe: 'Sie haben gewonnen', hieß es, \
             man müsse nur 500 Euro Gebühr zahlen.",
        ),
        (
            "a club announcing its contest's winner",
            "Congratulations to Maria, who has won the photography contest; her prize is a $500 \
             camera voucher. Gallery: https://www.photoclub.example/contest-2024",
        ),
        (
            "a creator's own channel",
            "I started my YouTube channel in 2019 and now post a cooking video every week.",
        ),
    ] {
        assert_prose(name, text);
    }
}

#[test]
fn stock_praise_over_a_site_s_front_page_goes_in_other_languages() {
    for (name, text) in [
        (
            "Russian",
            "Спасибо автору, познавательно! http://www.stroyka-remont.example",
        ),
        (
            "German",
            "Toller Blog, weiter so! http://www.dachdecker-meister.example",
        ),
    ] {
        assert_all_spam(name, text);
    }
    // Thanks over a documentation page is a reader pointing to it.
    for (name, text) in [
        (
            "Russian",
            "Спасибо автору, познавательно! Документация тут: \
             https://docs.python.org/3/library/asyncio.html",
        ),
        (
            "German",
            "Toller Beitrag, weiter so! Die Anleitung dazu: \
             https://wiki.ubuntuusers.de/Apache/Virtual_Hosts/",
        ),
    ] {
        assert_prose(name, text);
    }
}

#[test]
fn stock_praise_signed_with_a_keyword_goes_whole() {
    // The comment template without a link: praise, then a keyword phrase
    // where a signature would be.
    for (name, text) in [
        (
            "English",
            "Thanks for sharing, very informative. payday loans",
        ),
        (
            "Spanish",
            "Muy interesante, gracias por compartir. casino online",
        ),
        (
            "French",
            "Merci pour cet article, très instructif. casino en ligne",
        ),
        (
            "Russian",
            "Спасибо автору, интересная статья.\nБукмекерские конторы",
        ),
    ] {
        assert_all_spam(name, text);
    }
    // A last clause that names a drug or a casino is the reader's own.
    for (name, text) in [
        ("a patient", "Very helpful, thank you. Xanax worked for me"),
        (
            "a reader",
            "Great article, thanks for sharing! I never gamble at the casino",
        ),
        (
            "a film fan",
            "Nice post! Casino Royale is still my favourite Bond film",
        ),
        (
            "a reader's sentence naming two drugs",
            "Interesting article, thanks. Viagra and Cialis are now generic",
        ),
    ] {
        assert_prose(name, text);
    }
}

#[test]
fn game_currency_generators_and_iptv_resellers_go_whole() {
    for (name, text) in [
        (
            "a game-currency generator",
            "Free robux generator, no human verification! Works 2024: http://www.rbxtools.example",
        ),
        (
            "a game hack",
            "Unlimited gems hack for Clash of Clans, mod apk download: http://www.gamehax.example",
        ),
        (
            "an IPTV reseller",
            "Cheap IPTV subscription, 20000 channels, best IPTV in 4K. WhatsApp +44 7700 900123",
        ),
    ] {
        assert_all_spam(name, text);
    }
    assert_prose(
        "a parent on the scam",
        "My son spends all his pocket money on Robux, and Roblox says free robux generators \
         are scams.",
    );
}

/// Spun product copy longer than a message: hundreds of grammatical words
/// returning to one brand's selling phrases in every part, at a steady
/// rate, with no link. It goes whole, whatever its length.
#[test]
fn long_spun_copy_goes_whole() {
    assert_long_copy_goes_whole(
        400,
        &[
            (
                "handbag copy, English",
                include_str!("data/spun_copy_en.txt"),
            ),
            (
                "handbag copy, Spanish",
                include_str!("data/spun_copy_es.txt"),
            ),
        ],
    );
}

/// Spun copy that names a brand's goods in words the lexicon does not
/// join (`Longchamp totes`, `Swarovski Halsketten`) in every part, with
/// shop words through it, and no link. It goes whole.
#[test]
fn spun_copy_naming_a_brands_goods_goes_whole() {
    assert_long_copy_goes_whole(
        200,
        &[
            ("bag copy, English", include_str!("data/goods_copy_en.txt")),
            (
                "jewellery copy, German",
                include_str!("data/goods_copy_de.txt"),
            ),
        ],
    );
}

/// Each text is copy of more than `min_words` words, and goes whole.
fn assert_long_copy_goes_whole(min_words: usize, cases: &[(&str, &str)]) {
    for &(name, text) in cases {
        assert!(
            text.split_whitespace().count() > min_words,
            "{name} is long copy"
        );
        assert_all_spam(name, text);
    }
}

/// An SEO offer sent through a contact form: a place on Google's first
/// page, a free audit or guest posts on strong sites, with one short link
/// or an address to write to. Whole, in several languages.
#[test]
fn contact_form_seo_offers_go_whole() {
    for (name, text) in [
        (
            "a shortened link, English",
            "Hi, I visited your website and noticed it is not ranking on Google. We can get \
             you on page one. Reply for a free audit: bit.ly/3xSeoAud",
        ),
        (
            "an address to write to, English",
            "Hello, we are offering high quality guest posts on DA50+ sites at affordable \
             prices. Interested? Contact us at seo.team.example@gmail.com",
        ),
        (
            "German",
            "Hallo, Ihre Website ist bei Google kaum zu finden. Wir bringen Sie auf Seite 1. \
             Kostenlose SEO-Analyse hier: bit.ly/3kSeoDe",
        ),
        (
            "Spanish",
            "Hola, vi su página web y no aparece en Google. Podemos posicionarla en la primera \
             página. Auditoría SEO gratis: bit.ly/3kSeoEs",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

/// Product copy with dense keyword lines woven through it: the token model
/// cuts the lines, and the copy around them, which keeps coming back to the
/// brand beside shop words in every part, goes with them.
#[test]
fn copy_woven_with_keyword_lines_goes_whole() {
    for (name, text) in [
        (
            "jewellery copy, English",
            include_str!("data/woven_copy_en.txt"),
        ),
        (
            "jewellery copy, German",
            include_str!("data/woven_copy_de.txt"),
        ),
    ] {
        assert_all_spam(name, text);
    }
}

/// The same keyword lines appended to, or set inside, news about the brand
/// or a fashion report: only the lines go, the reporting stays.
#[test]
fn keyword_lines_in_brand_news_take_only_themselves() {
    let stuffing = "moncler outlet moncler jackets cheap moncler sale ugg boots outlet";
    for (name, article) in [
        (
            "brand news, English",
            include_str!("data/brand_news_en.txt"),
        ),
        (
            "fashion report, French",
            include_str!("data/fashion_report_fr.txt"),
        ),
    ] {
        let middle = article[..article.len() / 2]
            .rfind(". ")
            .expect("a sentence end")
            + 2;
        for text in [
            format!("{article}\n{stuffing}"),
            format!("{}{stuffing} {}", &article[..middle], &article[middle..]),
        ] {
            assert_eq!(spans(&text), [stuffing], "{name}");
        }
    }
}

/// Praise over the writer's own site goes whole even where the words name
/// the site: they say whose it is (my site, our website, my blog).
#[test]
fn praise_over_a_site_the_writer_calls_their_own_goes_whole() {
    for (name, text) in [
        (
            "my site",
            "Nice post! Check out my site, Jornal Marca: http://www.jornalmarca.com",
        ),
        (
            "our website",
            "Great article, thanks for sharing. Visit our website CasaBella for more tips: \
             http://www.casabella.com/",
        ),
        (
            "my blog",
            "Very informative. I also write about this on my blog, Listasegmentada: \
             http://www.listasegmentada.com",
        ),
    ] {
        assert_all_spam(name, text);
    }
}

/// Praise, then a word that introduces a front page the words do not name
/// (`here is the site`, `ecco il sito`, `hier die Seite`): a call to follow
/// it, whole. (Where the words name the site, it is cited: see the posts
/// with links in `legit_shapes`.)
#[test]
fn praise_introducing_an_unnamed_site_goes_whole() {
    for (name, text) in [
        (
            "English",
            "Great post, thanks! Here is the site https://topbags.com",
        ),
        (
            "Italian",
            "Ottimo articolo, grazie! Ecco il sito https://borse-economiche.com",
        ),
        (
            "German",
            "Toller Beitrag! Hier die Seite https://billige-taschen.com",
        ),
    ] {
        assert_all_spam(name, text);
    }
}
