package io.sinoscope.query.rest;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.rest.WordEdgeDevSet.Article;
import io.sinoscope.query.rest.WordEdgeDevSet.Case;
import java.util.List;

/**
 * The third word-edge dev set of {@link SearchBackendSuite} (issue 22, Deliver 5, third round), written before the
 * third change in mainland Simplified, Taiwan and Hong Kong Traditional styles. Its decoys are the classes the first two
 * sets lacked: a listed short name (a surname, a short city or country form) that occurs only as a fragment of a
 * longer foreign transliterated name nobody listed (莫迪 in 莫迪亚诺 and 莫迪里安尼, 米莱 in 米莱娜 and 卡米萊, 布什 in
 * 布什内尔, 阿曼 in 阿曼多, 伦敦 in 伦敦德里, 贝宁 in 贝宁顿, 米兰 in 米兰昆德拉 written without the dot), a short
 * place form at the head of a company, club or product name the dictionaries do not hold whole (巴黎世家, 罗马仕,
 * 米蘭站, 馬德里競技, 新加坡司令, 威尼斯人), and a listed name that is the start or end of an unseen person's name
 * (麥卡特, 巴西莱, 普京采夫). Its positives hold the same names as words: alone before a title or a verb (米莱宣布,
 * 莫迪說, 普京拉拢), a city before 市 or 港, in lists with 、, 和, 与 or 與, at a line end, in either script. Every
 * article carries the entities the real linker gives it, as nlp-service would send them.
 */
final class WordEdgeDevSet3 {

    static final String SOURCE = "wordedge3-wire";
    /** Every article's title: one word all of them share, to wait for them all. */
    static final String TITLE = "通讯";

    static final List<Article> ARTICLES = List.of(
            // Decoys: a listed name inside a longer transliterated name, or at the head of a brand, club or product.
            new Article("w3-d-modi", "法国作家莫迪亚诺的新书在巴黎出版。", List.of()),
            new Article("w3-d-modi2", "義大利畫家莫迪里安尼的作品在拍賣會上以高價成交。", List.of()),
            new Article("w3-d-milei", "塞尔维亚网球选手米莱娜晋级八强。", List.of()),
            new Article("w3-d-milei2", "法國演員卡米萊出席康城影展。", List.of()),
            new Article("w3-d-kate", "飓风卡特里娜过境二十周年，新奥尔良举行纪念活动。", List.of()),
            new Article("w3-d-kate2", "俄羅斯女高音卡特琳娜在國家音樂廳演出。", List.of()),
            new Article("w3-d-kate3", "英國球員麥卡特梅開二度。", List.of()),
            new Article("w3-d-bushi", "科学家布什内尔发表新的研究论文。", List.of()),
            new Article("w3-d-baxi", "意大利外交官巴西莱抵达利比亚。", List.of()),
            new Article("w3-d-mali", "任天堂推出新款马里奥游戏。", List.of()),
            new Article("w3-d-mali2", "美国海军在马里亚纳群岛附近演习。", List.of()),
            new Article("w3-d-aman", "流行歌手阿曼达发布新专辑。", List.of()),
            new Article("w3-d-aman2", "委內瑞拉反對派領袖阿曼多表示將參選。", List.of()),
            new Article("w3-d-bolan", "导演波兰斯基的新片入围戛纳电影节。", List.of()),
            new Article("w3-d-luoma", "意大利记者罗马诺透露转会消息。", List.of()),
            new Article("w3-d-luoma2", "充电宝品牌罗马仕因电池问题召回产品。", List.of()),
            new Article("w3-d-liang", "意大利画家里昂纳多的手稿首次展出。", List.of()),
            new Article("w3-d-milan", "女演员米兰达主演的新剧开播。", List.of()),
            new Article("w3-d-milan2", "名牌手袋回收店米蘭站公布業績。", List.of()),
            new Article("w3-d-lima", "塞浦路斯利马索尔港口遭无人机袭击。", List.of()),
            new Article("w3-d-lundun", "北爱尔兰伦敦德里市举行游行。", List.of()),
            new Article("w3-d-halisi", "宾夕法尼亚州首府哈里斯堡举行集会。", List.of()),
            new Article("w3-d-bali", "奢侈品牌巴黎世家推出新款球鞋。", List.of()),
            new Article("w3-d-bali2", "巴黎貝甜在台北開設新門市。", List.of()),
            new Article("w3-d-balin", "英国作家巴林顿出版回忆录。", List.of()),
            new Article("w3-d-jiana", "西班牙加纳利群岛接收大批移民。", List.of()),
            new Article("w3-d-lasa", "菲律宾议员拉萨罗被捕。", List.of()),
            new Article("w3-d-weinisi", "澳門威尼斯人度假村週末舉辦演唱會。", List.of()),
            new Article("w3-d-madeli", "馬德里競技主帥西蒙尼續約。", List.of()),
            new Article("w3-d-niujin", "他穿着一双牛津鞋出席婚礼。", List.of()),
            new Article("w3-d-xinjiapo", "酒吧推出新加坡司令雞尾酒優惠。", List.of()),
            new Article("w3-d-kuke", "库克群岛总理访华。", List.of()),
            new Article("w3-d-beining", "乐队主唱贝宁顿的纪念演唱会门票售罄。", List.of()),
            new Article("w3-d-yadian", "女神雅典娜的雕像在博物馆展出。", List.of()),
            new Article("w3-d-guba", "格鲁吉亚摔跤手古巴什维利夺冠。", List.of()),
            new Article("w3-d-basi", "西班牙巴斯克地区举行选举。", List.of()),
            new Article("w3-d-kate4", "卡特彼勒公布季度业绩。", List.of()),
            new Article("w3-d-kate5", "墨西哥贩毒卡特尔火并。", List.of()),
            new Article("w3-d-bushi2", "伊朗布什尔核电站恢复运行。", List.of()),
            new Article("w3-d-milan3", "捷克作家米兰昆德拉的遗作出版。", List.of()),
            new Article("w3-d-liang2", "球星里昂納度加盟巴黎聖日耳門。", List.of()),
            new Article("w3-d-bolan2", "经济学家波兰尼的著作再版。", List.of()),
            new Article("w3-d-liang3", "经济学家里昂惕夫提出投入产出分析。", List.of()),
            new Article("w3-d-mali3", "馬里蘭大學研究團隊發表報告。", List.of()),
            new Article("w3-d-pujing", "俄罗斯冰球运动员普京采夫表示将退役。", List.of()),
            // Positives: the name as a word.
            new Article("w3-p-modi", "莫迪表示，印度将继续购买俄罗斯石油。", List.of()),
            new Article("w3-p-modi2", "莫迪說，印度不會讓步。", List.of()),
            new Article("w3-p-modi3", "莫迪和普京通电话。", List.of()),
            new Article("w3-p-milei", "阿根廷总统米莱宣布削减开支。", List.of()),
            new Article("w3-p-milei2", "米萊指出，通脹已見回落。", List.of()),
            new Article("w3-p-milei3", "卢拉与米莱在峰会上握手。", List.of()),
            new Article("w3-p-kate", "美国前总统卡特的葬礼在华盛顿举行。", List.of()),
            new Article("w3-p-kate2", "吉米·卡特中心发表声明。", List.of()),
            new Article("w3-p-bushi", "布什和克林顿共同出席纪念活动。", List.of()),
            new Article("w3-p-baxi", "巴西、阿根廷和智利签署协议。", List.of()),
            new Article("w3-p-baxi2", "巴西總統魯拉出席峰會。", List.of()),
            new Article("w3-p-mali", "马里过渡政府宣布推迟选举。", List.of()),
            new Article("w3-p-mali2", "馬里與布基納法索宣布退出西非經濟共同體。", List.of()),
            new Article("w3-p-aman", "阿曼外交大臣抵达德黑兰斡旋。", List.of()),
            new Article("w3-p-aman2", "阿曼表示將繼續斡旋。", List.of()),
            new Article("w3-p-bolan", "德國總理將訪問波蘭", List.of()),
            new Article("w3-p-luoma", "教宗在罗马主持弥撒。", List.of()),
            new Article("w3-p-luoma2", "羅馬市長宣布新的交通措施。", List.of()),
            new Article("w3-p-liang", "法国里昂发生抗议活动。", List.of()),
            new Article("w3-p-liang2", "里昂與馬賽兩地爆發罷工。", List.of()),
            new Article("w3-p-milan", "米兰市民走上街头抗议。", List.of()),
            new Article("w3-p-milan2", "米蘭、巴黎兩地時裝週同步登場。", List.of()),
            new Article("w3-p-lima", "秘鲁首都利马实施宵禁。", List.of()),
            new Article("w3-p-lima2", "利馬和波哥大兩地出現示威。", List.of()),
            new Article("w3-p-lundun", "伦敦和巴黎的股市双双下跌。", List.of()),
            new Article("w3-p-lundun2", "倫敦警方表示已拘捕兩人。", List.of()),
            new Article("w3-p-halisi", "哈里斯表示将继续竞选。", List.of()),
            new Article("w3-p-bali", "巴黎市長宣布新的限速措施。", List.of()),
            new Article("w3-p-balin", "巴林与以色列恢复直航。", List.of()),
            new Article("w3-p-jiana", "加纳总统出席非盟峰会。", List.of()),
            new Article("w3-p-lasa", "拉萨市举行庆祝活动。", List.of()),
            new Article("w3-p-weinisi", "威尼斯市向游客征收入城费。", List.of()),
            new Article("w3-p-madeli", "马德里、巴塞罗那两地爆发示威。", List.of()),
            new Article("w3-p-niujin", "牛津市中心发生枪击案。", List.of()),
            new Article("w3-p-xinjiapo", "新加坡港集装箱吞吐量创新高。", List.of()),
            new Article("w3-p-xinjiapo2", "新加坡總理黃循財訪問北京。", List.of()),
            new Article("w3-p-kuke", "苹果公司首席执行官库克访问上海。", List.of()),
            new Article("w3-p-beining", "贝宁总统会见中国代表团。", List.of()),
            new Article("w3-p-yadian", "雅典市中心爆发抗议。", List.of()),
            new Article("w3-p-guba", "古巴外长表示反对制裁。", List.of()),
            new Article("w3-p-bolan2", "波蘭與烏克蘭簽署協議。", List.of()),
            new Article("w3-p-modi4", "中國國家主席會見印度總理莫迪", List.of()),
            new Article("w3-p-mali3", "法军已全部撤出马里", List.of()),
            new Article("w3-p-modi5", "普京会见莫迪", List.of()),
            new Article("w3-p-pujing", "普京指出，制裁不会奏效。", List.of()),
            new Article("w3-p-kate3", "卡特說，和平需要耐心。", List.of()),
            new Article("w3-p-basi", "英国巴斯市发生洪灾。", List.of()),
            new Article("w3-p-bushi2", "布什指出，伊拉克战争代价沉重。", List.of()),
            new Article("w3-p-pujing2", "普京拉拢中亚盟友。", List.of()),
            new Article("w3-p-milei4", "米莱亦表示反对。", List.of()),
            new Article("w3-p-baxi3", "巴西队夺得冠军。", List.of()),
            new Article("w3-p-kate4", "卡特曾任美国总统。", List.of()));

    static final List<Case> CASES = List.of(
            new Case("莫迪", List.of("w3-p-modi", "w3-p-modi2", "w3-p-modi3", "w3-p-modi4", "w3-p-modi5"), List.of("w3-d-modi", "w3-d-modi2")),
            new Case("米莱", List.of("w3-p-milei", "w3-p-milei2", "w3-p-milei3", "w3-p-milei4"), List.of("w3-d-milei", "w3-d-milei2")),
            new Case("卡特", List.of("w3-p-kate", "w3-p-kate2", "w3-p-kate3", "w3-p-kate4"), List.of("w3-d-kate", "w3-d-kate2", "w3-d-kate3", "w3-d-kate4", "w3-d-kate5")),
            new Case("布什", List.of("w3-p-bushi", "w3-p-bushi2"), List.of("w3-d-bushi", "w3-d-bushi2")),
            new Case("巴西", List.of("w3-p-baxi", "w3-p-baxi2", "w3-p-baxi3"), List.of("w3-d-baxi")),
            new Case("马里", List.of("w3-p-mali", "w3-p-mali2", "w3-p-mali3"), List.of("w3-d-mali", "w3-d-mali2", "w3-d-mali3")),
            new Case("阿曼", List.of("w3-p-aman", "w3-p-aman2"), List.of("w3-d-aman", "w3-d-aman2")),
            new Case("波兰", List.of("w3-p-bolan", "w3-p-bolan2"), List.of("w3-d-bolan", "w3-d-bolan2")),
            new Case("罗马", List.of("w3-p-luoma", "w3-p-luoma2"), List.of("w3-d-luoma", "w3-d-luoma2")),
            new Case("里昂", List.of("w3-p-liang", "w3-p-liang2"), List.of("w3-d-liang", "w3-d-liang2", "w3-d-liang3")),
            new Case("米兰", List.of("w3-p-milan", "w3-p-milan2"), List.of("w3-d-milan", "w3-d-milan2", "w3-d-milan3")),
            new Case("利马", List.of("w3-p-lima", "w3-p-lima2"), List.of("w3-d-lima")),
            new Case("伦敦", List.of("w3-p-lundun", "w3-p-lundun2"), List.of("w3-d-lundun")),
            new Case("哈里斯", List.of("w3-p-halisi"), List.of("w3-d-halisi")),
            new Case("巴黎", List.of("w3-p-bali", "w3-p-milan2", "w3-p-lundun"), List.of("w3-d-bali", "w3-d-bali2")),
            new Case("巴林", List.of("w3-p-balin"), List.of("w3-d-balin")),
            new Case("加纳", List.of("w3-p-jiana"), List.of("w3-d-jiana")),
            new Case("拉萨", List.of("w3-p-lasa"), List.of("w3-d-lasa")),
            new Case("威尼斯", List.of("w3-p-weinisi"), List.of("w3-d-weinisi")),
            new Case("马德里", List.of("w3-p-madeli"), List.of("w3-d-madeli")),
            new Case("牛津", List.of("w3-p-niujin"), List.of("w3-d-niujin")),
            new Case("新加坡", List.of("w3-p-xinjiapo", "w3-p-xinjiapo2"), List.of("w3-d-xinjiapo")),
            new Case("库克", List.of("w3-p-kuke"), List.of("w3-d-kuke")),
            new Case("贝宁", List.of("w3-p-beining"), List.of("w3-d-beining")),
            new Case("雅典", List.of("w3-p-yadian"), List.of("w3-d-yadian")),
            new Case("古巴", List.of("w3-p-guba"), List.of("w3-d-guba")),
            new Case("巴斯", List.of("w3-p-basi"), List.of("w3-d-basi")),
            new Case("普京", List.of("w3-p-modi3", "w3-p-modi5", "w3-p-pujing", "w3-p-pujing2"), List.of("w3-d-pujing")),
            new Case("卢拉", List.of("w3-p-milei3"), List.of()));

    /**
     * What the dev set still gets wrong, so a change that fixes or breaks a case fails the test. 卡特尔: not a word nor a
     * linked name there, but its unlinked id is the phonetic key of 卡特 (~ga-de, a final 尔 is dropped), which the
     * query expands to. 阿曼多: 多 is a frequent
     * word of its own (日本多地), so it does not extend the name. 罗马仕, 巴黎貝甜, 里昂惕夫: the word field holds the
     * longer word (a name before a lone rare character), but the linker still links the name there, as it was made to
     * (美国|暂|无意), and its entity id matches. 伦敦德里: two listed names side by side, as a country before its capital
     * (伊朗德黑兰). 巴黎世家, 威尼斯人, 馬德里競技, 新加坡司令: a place before a common word that together name a brand,
     * resort, club or drink no dictionary lists.
     */
    static final List<String> KNOWN_MISSES = List.of(
            "卡特 leaked into decoy w3-d-kate5",
            "阿曼 leaked into decoy w3-d-aman2",
            "罗马 leaked into decoy w3-d-luoma2",
            "里昂 leaked into decoy w3-d-liang3",
            "伦敦 leaked into decoy w3-d-lundun",
            "巴黎 leaked into decoy w3-d-bali",
            "巴黎 leaked into decoy w3-d-bali2",
            "威尼斯 leaked into decoy w3-d-weinisi",
            "马德里 leaked into decoy w3-d-madeli",
            "新加坡 leaked into decoy w3-d-xinjiapo");

    static List<ArticleEnriched> articles(Fixtures fixtures) {
        return ARTICLES.stream().map(article -> fixtures.article(article.id(), TITLE, article.text(),
                "2025-04-04T02:00:00Z").source(SOURCE).linked().build()).toList();
    }

    private WordEdgeDevSet3() {
    }
}
