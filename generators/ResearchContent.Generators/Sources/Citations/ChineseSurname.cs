using System;
using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// The romanized (Hanyu Pinyin) form of a Chinese family name written in characters, for keys of papers that give
    /// no Latin letters to take one from (a paper published only in Chinese: <c>陈宇, 李晓明. 祁连山区降水梯度…[J]</c>
    /// gives <c>chen2021</c>, not <c>anon2021</c>). A table rather than a converter: a surname has the one reading it
    /// takes as a surname (单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou, 朴 piao), which no character-by-character conversion
    /// knows, and the few hundred most common surnames and the compound ones (欧阳 ouyang, 司马 sima) cover almost every
    /// author. A name not in the table gives no key word.
    /// </summary>
    internal static class ChineseSurname
    {
        // Two-character surnames first: 欧阳 is ouyang, not ou + yang.
        private static readonly Dictionary<string, string> Compound = new(StringComparer.Ordinal)
        {
            { "钟离", "zhongli" }, { "欧阳", "ouyang" }, { "司马", "sima" }, { "诸葛", "zhuge" }, { "上官", "shangguan" }, { "东方", "dongfang" },
            { "令狐", "linghu" }, { "皇甫", "huangfu" }, { "慕容", "murong" }, { "夏侯", "xiahou" }, { "尉迟", "yuchi" }, { "长孙", "zhangsun" },
            { "宇文", "yuwen" }, { "公孙", "gongsun" }, { "司徒", "situ" }, { "端木", "duanmu" }, { "轩辕", "xuanyuan" }, { "南宫", "nangong" },
            { "西门", "ximen" }, { "独孤", "dugu" }, { "澹台", "tantai" },
        };

        // The most common single-character surnames (about 300), with the reading each takes as a surname.
        private static readonly Dictionary<string, string> Single = new(StringComparer.Ordinal)
        {
            { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" }, { "陈", "chen" }, { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" },
            { "吴", "wu" }, { "周", "zhou" }, { "徐", "xu" }, { "孙", "sun" }, { "马", "ma" }, { "朱", "zhu" }, { "胡", "hu" }, { "郭", "guo" },
            { "何", "he" }, { "高", "gao" }, { "林", "lin" }, { "罗", "luo" }, { "郑", "zheng" }, { "梁", "liang" }, { "谢", "xie" }, { "宋", "song" },
            { "唐", "tang" }, { "许", "xu" }, { "韩", "han" }, { "冯", "feng" }, { "邓", "deng" }, { "曹", "cao" }, { "彭", "peng" }, { "曾", "zeng" },
            { "肖", "xiao" }, { "田", "tian" }, { "董", "dong" }, { "袁", "yuan" }, { "潘", "pan" }, { "于", "yu" }, { "蒋", "jiang" }, { "蔡", "cai" },
            { "余", "yu" }, { "杜", "du" }, { "叶", "ye" }, { "程", "cheng" }, { "苏", "su" }, { "魏", "wei" }, { "吕", "lyu" }, { "丁", "ding" },
            { "任", "ren" }, { "沈", "shen" }, { "姚", "yao" }, { "卢", "lu" }, { "姜", "jiang" }, { "崔", "cui" }, { "钟", "zhong" }, { "谭", "tan" },
            { "陆", "lu" }, { "汪", "wang" }, { "范", "fan" }, { "金", "jin" }, { "石", "shi" }, { "廖", "liao" }, { "贾", "jia" }, { "夏", "xia" },
            { "韦", "wei" }, { "付", "fu" }, { "方", "fang" }, { "白", "bai" }, { "邹", "zou" }, { "孟", "meng" }, { "熊", "xiong" }, { "秦", "qin" },
            { "邱", "qiu" }, { "江", "jiang" }, { "尹", "yin" }, { "薛", "xue" }, { "闫", "yan" }, { "段", "duan" }, { "雷", "lei" }, { "侯", "hou" },
            { "龙", "long" }, { "史", "shi" }, { "陶", "tao" }, { "黎", "li" }, { "贺", "he" }, { "顾", "gu" }, { "毛", "mao" }, { "郝", "hao" },
            { "龚", "gong" }, { "邵", "shao" }, { "万", "wan" }, { "钱", "qian" }, { "严", "yan" }, { "覃", "qin" }, { "武", "wu" }, { "戴", "dai" },
            { "莫", "mo" }, { "孔", "kong" }, { "向", "xiang" }, { "汤", "tang" }, { "常", "chang" }, { "温", "wen" }, { "康", "kang" }, { "施", "shi" },
            { "文", "wen" }, { "牛", "niu" }, { "樊", "fan" }, { "葛", "ge" }, { "邢", "xing" }, { "安", "an" }, { "齐", "qi" }, { "易", "yi" },
            { "乔", "qiao" }, { "伍", "wu" }, { "庞", "pang" }, { "颜", "yan" }, { "倪", "ni" }, { "庄", "zhuang" }, { "聂", "nie" }, { "章", "zhang" },
            { "鲁", "lu" }, { "岳", "yue" }, { "翟", "zhai" }, { "殷", "yin" }, { "詹", "zhan" }, { "申", "shen" }, { "欧", "ou" }, { "耿", "geng" },
            { "关", "guan" }, { "兰", "lan" }, { "焦", "jiao" }, { "俞", "yu" }, { "左", "zuo" }, { "柳", "liu" }, { "甘", "gan" }, { "祝", "zhu" },
            { "包", "bao" }, { "宁", "ning" }, { "尚", "shang" }, { "符", "fu" }, { "舒", "shu" }, { "阮", "ruan" }, { "柯", "ke" }, { "纪", "ji" },
            { "梅", "mei" }, { "童", "tong" }, { "凌", "ling" }, { "毕", "bi" }, { "单", "shan" }, { "季", "ji" }, { "裴", "pei" }, { "霍", "huo" },
            { "涂", "tu" }, { "成", "cheng" }, { "苗", "miao" }, { "谷", "gu" }, { "盛", "sheng" }, { "曲", "qu" }, { "翁", "weng" }, { "冉", "ran" },
            { "骆", "luo" }, { "蓝", "lan" }, { "路", "lu" }, { "游", "you" }, { "辛", "xin" }, { "靳", "jin" }, { "管", "guan" }, { "柴", "chai" },
            { "蒙", "meng" }, { "鲍", "bao" }, { "华", "hua" }, { "喻", "yu" }, { "祁", "qi" }, { "蒲", "pu" }, { "房", "fang" }, { "滕", "teng" },
            { "屈", "qu" }, { "饶", "rao" }, { "解", "xie" }, { "牟", "mou" }, { "艾", "ai" }, { "尤", "you" }, { "阳", "yang" }, { "时", "shi" },
            { "穆", "mu" }, { "农", "nong" }, { "司", "si" }, { "卓", "zhuo" }, { "古", "gu" }, { "吉", "ji" }, { "缪", "miao" }, { "简", "jian" },
            { "车", "che" }, { "项", "xiang" }, { "连", "lian" }, { "芦", "lu" }, { "麦", "mai" }, { "褚", "chu" }, { "娄", "lou" }, { "窦", "dou" },
            { "戚", "qi" }, { "岑", "cen" }, { "景", "jing" }, { "党", "dang" }, { "宫", "gong" }, { "费", "fei" }, { "卜", "bu" }, { "冷", "leng" },
            { "晏", "yan" }, { "席", "xi" }, { "卫", "wei" }, { "米", "mi" }, { "柏", "bai" }, { "宗", "zong" }, { "瞿", "qu" }, { "桂", "gui" },
            { "全", "quan" }, { "佟", "tong" }, { "应", "ying" }, { "臧", "zang" }, { "闵", "min" }, { "苟", "gou" }, { "邬", "wu" }, { "边", "bian" },
            { "卞", "bian" }, { "姬", "ji" }, { "师", "shi" }, { "和", "he" }, { "仇", "qiu" }, { "栾", "luan" }, { "隋", "sui" }, { "商", "shang" },
            { "刁", "diao" }, { "沙", "sha" }, { "荣", "rong" }, { "巫", "wu" }, { "寇", "kou" }, { "桑", "sang" }, { "郎", "lang" }, { "甄", "zhen" },
            { "丛", "cong" }, { "仲", "zhong" }, { "虞", "yu" }, { "敖", "ao" }, { "巩", "gong" }, { "明", "ming" }, { "佘", "she" }, { "池", "chi" },
            { "查", "zha" }, { "麻", "ma" }, { "苑", "yuan" }, { "迟", "chi" }, { "邝", "kuang" }, { "封", "feng" }, { "蔺", "lin" }, { "郁", "yu" },
            { "储", "chu" }, { "钮", "niu" }, { "祖", "zu" }, { "尉", "wei" }, { "楚", "chu" }, { "谈", "tan" }, { "厉", "li" }, { "糜", "mi" },
            { "乐", "yue" }, { "盖", "ge" }, { "区", "ou" }, { "朴", "piao" }, { "东", "dong" }, { "闻", "wen" }, { "习", "xi" }, { "揭", "jie" },
            { "芮", "rui" }, { "訾", "zi" }, { "於", "yu" }, { "郦", "li" }, { "酆", "feng" }, { "居", "ju" }, { "宿", "su" }, { "晋", "jin" },
            { "奚", "xi" }, { "郜", "gao" }, { "鞠", "ju" }, { "钭", "tou" }, { "宦", "huan" }, { "粟", "su" }, { "贝", "bei" }, { "怀", "huai" },
            { "冀", "ji" }, { "桓", "huan" }, { "原", "yuan" }, { "扈", "hu" }, { "励", "li" }, { "莘", "shen" }, { "都", "du" }, { "战", "zhan" },
            // Common in Taiwan and the south: 洪, 赖, 萧, 傅, 阎, 杭.
            { "洪", "hong" }, { "赖", "lai" }, { "萧", "xiao" }, { "傅", "fu" }, { "阎", "yan" }, { "杭", "hang" },
        };

        // Traditional characters as Taiwan, Hong Kong and older mainland pages write them (陳, 張, 歐陽), each with the
        // simplified form the tables use: a pair, traditional then simplified, for each surname character that differs.
        private static readonly Dictionary<char, char> Simplified = Pairs(
            "陳陈 張张 劉刘 楊杨 黃黄 趙赵 吳吴 孫孙 馬马 羅罗 鄭郑 謝谢 韓韩 馮冯 鄧邓 蕭萧 蔣蒋 葉叶 蘇苏 呂吕 盧卢 鍾钟 譚谭 陸陆 賈贾 韋韦 鄒邹 閻阎 龍龙 賀贺 顧顾"
            + " 龔龚 萬万 錢钱 嚴严 湯汤 溫温 齊齐 喬乔 龐庞 顏颜 莊庄 聶聂 魯鲁 歐欧 關关 蘭兰 寧宁 紀纪 畢毕 單单 塗涂 駱骆 藍蓝 遊游 鮑鲍 華华 饒饶 陽阳 時时 農农 繆缪"
            + " 簡简 車车 項项 連连 蘆芦 麥麦 婁娄 竇窦 黨党 費费 衛卫 應应 閔闵 鄔邬 邊边 師师 欒栾 榮荣 叢丛 鞏巩 遲迟 鄺邝 藺蔺 儲储 鈕钮 談谈 厲厉 樂乐 蓋盖 區区 東东"
            + " 聞闻 習习 酈郦 晉晋 鈄钭 貝贝 懷怀 勵励 戰战 許许 賴赖 諸诸 長长 軒轩 轅辕 宮宫 門门 獨独 臺台 離离");

        /// <summary>The surname's pinyin, without tones; <see langword="null"/> when the name does not start with one in the table.</summary>
        /// <param name="familyName">A family name, or a whole name, in Chinese characters (<c>陈</c>, <c>欧阳</c>, <c>陈宇</c>).</param>
        public static string? Romanize(string familyName)
        {
            var name = ToSimplified(familyName.Trim().TrimEnd('*', '#'));
            if (name.Length >= 2 && Compound.TryGetValue(name.Substring(0, 2), out var compound))
            {
                return compound;
            }

            return name.Length >= 1 && Single.TryGetValue(name.Substring(0, 1), out var single) ? single : null;
        }

        /// <summary>Whether the two characters are a two-character surname (欧阳, 歐陽, 司马), however written.</summary>
        public static bool IsCompound(string text) => text.Length == 2 && Compound.ContainsKey(ToSimplified(text));

        private static string ToSimplified(string name)
        {
            var characters = name.ToCharArray();
            for (var i = 0; i < characters.Length && i < 2; i++)
            {
                characters[i] = Simplified.TryGetValue(characters[i], out var simplified) ? simplified : characters[i];
            }

            return new string(characters);
        }

        private static Dictionary<char, char> Pairs(string pairs)
        {
            var map = new Dictionary<char, char>();
            foreach (var pair in pairs.Split(' '))
            {
                map[pair[0]] = pair[1];
            }

            return map;
        }
    }
}
