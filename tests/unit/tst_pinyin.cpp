#include "catalog/Pinyin.h"

#include <QTest>

using namespace onetrip;

class TestPinyin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");

        const auto row = [](const char *name, const char *text, const char *full,
                            const char *initials) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(full)
                                << QString::fromLatin1(initials);
        };
        row("plain", "个体工商户设立登记", "getigongshanghushelidengji", "gtgshsldj");
        row("polyphone bank", "银行开户", "yinhangkaihu", "yhkh");
        row("polyphone region", "地区", "diqu", "dq");
        row("polyphone long-term", "长期", "changqi", "cq");
        row("polyphone 重庆 vs 重大", "重庆重大", "chongqingzhongda", "cqzd");
        row("polyphone benefit", "行政给付", "xingzhengjifu", "xzjf");
        row("digits and latin kept", "4.5吨A类", "45dunalei", "45dal");
        row("punctuation dropped", "（变更）", "biangeng", "bg");
        row("empty", "", "", "");
    }

    void convert()
    {
        QFETCH(QString, text);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        Pinyin pinyin;
        const PinyinText out = pinyin.convert(text);
        QCOMPARE(out.full, full);
        QCOMPARE(out.initials, initials);
    }

    void overridesAreWholeWords()
    {
        // 行 outside an override word keeps ICU's reading.
        Pinyin pinyin;
        QCOMPARE(pinyin.convert(QStringLiteral("发行")).full, QStringLiteral("faxing"));
        QCOMPARE(pinyin.convert(QStringLiteral("银行")).full, QStringLiteral("yinhang"));
    }

    void everyOverrideHasOneSyllablePerCharacter()
    {
        const auto &o = Pinyin::overrides();
        for (auto it = o.cbegin(); it != o.cend(); ++it)
            QVERIFY2(it.key().size() == it.value().size(), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
