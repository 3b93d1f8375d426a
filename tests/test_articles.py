"""kg/articles.py: front matter, body cleaning, encodings, bad files, folder expansion."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from kg.articles import find_article_files, load_article, slugify_id
from kg.errors import InputFileError


def write(folder: Path, name: str, content: str | bytes) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return p


def article(tmp_path: Path, content: str | bytes, name: str = "a.md"):
    return load_article(write(tmp_path, name, content))


def load_error(path: Path) -> InputFileError:
    with pytest.raises(InputFileError) as info:
        load_article(path)
    return info.value


# ------------------------------------------------------------------------- front matter

def test_title_and_quoted_datetime_string(tmp_path):
    a = article(tmp_path, '---\ntitle: "杭州的爆发是偶然吗？"\ndate: "2025-02-07 22:29:12"\n---\n\n正文第一句。\n')
    assert a.title == "杭州的爆发是偶然吗？"
    assert a.date == dt.date(2025, 2, 7)
    assert a.datetime == dt.datetime(2025, 2, 7, 22, 29, 12)
    assert a.warnings == []
    assert a.body == "正文第一句。"


def test_date_as_yaml_date(tmp_path):
    a = article(tmp_path, "---\ntitle: T\ndate: 2024-06-10\n---\n正文。\n")
    assert a.date == dt.date(2024, 6, 10)
    assert a.datetime is None
    assert a.warnings == []


def test_date_as_yaml_datetime(tmp_path):
    a = article(tmp_path, "---\ntitle: T\ndate: 2025-02-07 22:29:12\n---\n正文。\n")
    assert a.date == dt.date(2025, 2, 7)
    assert a.datetime == dt.datetime(2025, 2, 7, 22, 29, 12)


def test_chinese_date_string(tmp_path):
    a = article(tmp_path, "---\ntitle: T\ndate: 2025年3月20日\n---\n正文。\n")
    assert a.date == dt.date(2025, 3, 20)


def test_missing_date_is_none_without_warning(tmp_path):
    a = article(tmp_path, "---\ntitle: T\n---\n正文。\n")
    assert a.date is None and a.datetime is None
    assert a.warnings == []


def test_unparseable_date_warns_and_is_none(tmp_path):
    a = article(tmp_path, "---\ntitle: T\ndate: 上周五\n---\n正文。\n")
    assert a.date is None
    assert len(a.warnings) == 1
    assert "unparseable date" in a.warnings[0] and "上周五" in a.warnings[0]


def test_impossible_calendar_date_warns_and_is_none(tmp_path):
    a = article(tmp_path, '---\ntitle: T\ndate: "2025-02-30"\n---\n正文。\n')
    assert a.date is None
    assert any("unparseable date" in w for w in a.warnings)


def test_title_falls_back_to_first_body_line(tmp_path):
    a = article(tmp_path, "没有标题的文章第一行。\n\n第二段。\n")
    assert a.title == "没有标题的文章第一行。"
    assert a.date is None and a.url is None and a.tags == []


def test_source_url_from_front_matter_wins_over_trailing_link(tmp_path):
    a = article(tmp_path, "---\ntitle: T\nsource: https://example.com/front\n---\n正文。\n\n"
                          "[原文](https://example.com/trailing)\n")
    assert a.url == "https://example.com/front"


@pytest.mark.parametrize("key", ["url", "link", "source_url"])
def test_source_url_other_front_matter_keys(tmp_path, key):
    a = article(tmp_path, f"---\ntitle: T\n{key}: https://example.com/{key}\n---\n正文。\n")
    assert a.url == f"https://example.com/{key}"


def test_source_url_from_trailing_link(tmp_path):
    a = article(tmp_path, "---\ntitle: T\n---\n正文。\n\n每日经济新闻\n\n[qq](https://new.qq.com/rain/a/x)\n")
    assert a.url == "https://new.qq.com/rain/a/x"
    assert a.body == "正文。\n\n每日经济新闻\n\nqq"


def test_source_url_from_bare_trailing_url_line(tmp_path):
    a = article(tmp_path, "正文。\n\nhttps://example.com/bare\n")
    assert a.url == "https://example.com/bare"
    assert "https://" not in a.body


def test_link_inside_a_sentence_is_not_the_source(tmp_path):
    # a link the article cites in running text is not where the article came from
    a = article(tmp_path, "---\ntitle: T\n---\n详情见[浙大官网](https://www.zju.edu.cn)的公告。\n\n第二段没有链接。\n")
    assert a.url is None
    assert a.body == "详情见浙大官网的公告。\n\n第二段没有链接。"


def test_image_links_are_never_the_source(tmp_path):
    a = article(tmp_path, "正文。\n\n![图片](https://example.com/photo.jpg)\n")
    assert a.url is None


def test_tags_list_and_categories(tmp_path):
    a = article(tmp_path, "---\ntitle: T\ntags: [杭州, 机器人]\ncategories: [科技, 杭州]\n---\n正文。\n")
    assert a.tags == ["杭州", "机器人", "科技"]


def test_tags_comma_separated_string(tmp_path):
    a = article(tmp_path, "---\ntitle: T\ntags: 杭州, 人工智能 ,\n---\n正文。\n")
    assert a.tags == ["杭州", "人工智能"]


def test_language_from_front_matter_list_and_body(tmp_path):
    assert article(tmp_path, "---\nlang:\n  - zh-CN\n---\nHello there.\n", "z.md").lang == "zh"
    assert article(tmp_path, "---\nlang: en-US\n---\n杭州的公司。\n", "e.md").lang == "en"
    assert article(tmp_path, "Unitree was founded in Hangzhou in 2016 by Wang Xingxing.\n", "n.md").lang == "en"
    assert article(tmp_path, "宇树科技成立于2016年，总部位于杭州。\n", "c.md").lang == "zh"


def test_article_id_is_the_slugified_stem(tmp_path):
    a = article(tmp_path, "正文。\n", name="000_3bdfe15cd80c49fd.md")
    assert a.id == "000-3bdfe15cd80c49fd"
    assert slugify_id("Hello World_2") == "hello-world-2"
    assert slugify_id("深度求索") == "shendu-qiusuo"
    assert slugify_id("___") == "article"


def test_path_relative_to_root(tmp_path):
    p = write(tmp_path, "sub/x.md", "正文。\n")
    assert load_article(p, root=tmp_path).path == "sub/x.md"
    assert load_article(p).path == str(p)


# ------------------------------------------------------------------------- body cleaning

def test_body_cleaning(tmp_path):
    raw = (
        "---\ntitle: T\n---\n\n"
        "# 一级标题\n\n"
        "每经记者：唐俊\n\n"
        "![图片](https://example.com/a.jpg)\n"
        "图片来源：摄图网_501309731\n"
        "图片来源: 视觉中国\n\n"
        "## 二级标题 ##\n\n"
        "正文提到[深度求索](https://www.deepseek.com)和**浙江大学**。\n\n"
        "小节标题\n"
        "--------\n\n"
        "另一个小节\n"
        "========\n\n"
        "***\n\n"
        "最后一段，转义的\\*星号\\*。\n"
    )
    a = article(tmp_path, raw)
    assert a.body == ("一级标题\n\n每经记者：唐俊\n\n二级标题\n\n正文提到深度求索和浙江大学。\n\n"
                      "小节标题\n\n另一个小节\n\n最后一段，转义的*星号*。")
    for gone in ("![", "](", "图片来源", "#", "---", "===", "***", "**"):
        assert gone not in a.body


def test_body_collapses_blank_runs_and_strips_edges(tmp_path):
    a = article(tmp_path, "\n\n\n第一段。\n\n\n\n\n第二段。   \n\n\n")
    assert a.body == "第一段。\n\n第二段。"


# ------------------------------------------------------------------------- encodings

def test_gb18030_file_is_decoded(tmp_path):
    text = "---\ntitle: 杭州未来产业\ndate: 2025-01-15\n---\n\n浙江大学竺可桢学院的毕业生创办了群核科技。\n"
    a = article(tmp_path, text.encode("gb18030"))
    assert a.title == "杭州未来产业"
    assert a.date == dt.date(2025, 1, 15)
    assert a.body == "浙江大学竺可桢学院的毕业生创办了群核科技。"


def test_utf8_bom_and_crlf(tmp_path):
    text = "\ufeff---\r\ntitle: 带BOM的文章\r\ndate: 2025-02-07\r\n---\r\n\r\n第一行。\r\n第二行。\r\n"
    a = article(tmp_path, text.encode("utf-8"))
    assert a.title == "带BOM的文章"
    assert a.date == dt.date(2025, 2, 7)
    assert a.body == "第一行。\n第二行。"
    assert "\r" not in a.body and "\ufeff" not in a.body


def test_bom_without_front_matter(tmp_path):
    a = article(tmp_path, "\ufeff正文。\r\n".encode("utf-8"))
    assert a.body == "正文。"
    assert a.title == "正文。"


# ------------------------------------------------------------------------- bad files

def test_binary_file_is_refused_naming_the_file(tmp_path):
    p = write(tmp_path, "image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    e = load_error(p)
    assert e.path == str(p)
    assert e.reason.startswith("binary file")
    assert str(e) == f"{p}: {e.reason}"


def test_empty_file(tmp_path):
    p = write(tmp_path, "empty.md", b"")
    e = load_error(p)
    assert str(e) == f"{p}: empty file"


def test_front_matter_only_has_no_text(tmp_path):
    p = write(tmp_path, "fm.md", "---\ntitle: 只有标题\n---\n\n")
    assert load_error(p).reason == "no article text after the front matter"


def test_missing_file(tmp_path):
    e = load_error(tmp_path / "nope.md")
    assert e.path == str(tmp_path / "nope.md")
    assert e.reason.startswith("cannot read")


@pytest.mark.parametrize("front, line", [
    ("title: [unclosed\n", 2),
    ('title: ok\ndate: 2025-01-01\nbad: "never closed\n', 4),
])
def test_malformed_yaml_front_matter(tmp_path, front, line):
    p = write(tmp_path, "bad.md", "---\n" + front + "---\n正文。\n")
    e = load_error(p)
    assert str(e) == f"{p}: malformed YAML front matter (line {line})"


def test_front_matter_that_is_a_list(tmp_path):
    p = write(tmp_path, "list.md", "---\n- a\n- b\n---\n正文。\n")
    assert str(load_error(p)) == f"{p}: front matter is a list, not a mapping"


def test_front_matter_that_is_a_scalar(tmp_path):
    p = write(tmp_path, "scalar.md", "---\njust a string\n---\n正文。\n")
    assert str(load_error(p)) == f"{p}: front matter is a str, not a mapping"


# ------------------------------------------------------------------------- find_article_files

def test_find_article_files_sorted_dedup_and_filtered(tmp_path):
    root = tmp_path / "tree"
    write(root, "b.md", "正文。\n")
    write(root, "a.txt", "正文。\n")
    write(root, "c.markdown", "正文。\n")
    write(root, "sub/d.md", "正文。\n")
    write(root, "script.py", "print(1)\n")
    write(root, "README.md", "说明。\n")
    write(root, ".hidden.md", "正文。\n")
    write(root, ".git/x.md", "正文。\n")
    os.symlink("b.md", root / "link-to-b.md")            # the same file twice: kept once
    files, errors = find_article_files([str(root), str(root / "b.md")])
    assert errors == []
    rel = [f.relative_to(root).as_posix() for f in files]
    assert rel == ["a.txt", "b.md", "c.markdown", "sub/d.md"]


def test_find_article_files_errors(tmp_path):
    root = tmp_path / "tree"
    write(root, "good.md", "正文。\n")
    os.symlink("loop.md", root / "loop.md")              # a symlink to itself
    os.symlink("missing.md", root / "broken.md")
    os.symlink(".", root / "again")                       # a folder loop is not followed
    files, errors = find_article_files([str(root), str(tmp_path / "nowhere")])
    assert [f.name for f in files] == ["good.md"]
    lines = sorted(str(e) for e in errors)
    assert lines == sorted([
        f"{root / 'broken.md'}: broken or looping symbolic link",
        f"{root / 'loop.md'}: broken or looping symbolic link",
        f"{tmp_path / 'nowhere'}: no such file or folder",
    ])
    assert all(isinstance(e, InputFileError) for e in errors)


def test_find_article_files_explicit_file_with_any_suffix(tmp_path):
    p = write(tmp_path, "notes.rst", "正文。\n")
    files, errors = find_article_files([str(p)])
    assert files == [p] and errors == []


def test_inner_double_quotes_in_a_double_quoted_value_are_read_as_text(tmp_path):
    p = write(tmp_path, "q.md", '---\ntitle: "送别X：一个"电机痴"的四十年"\ndate: "2025-01-12"\n---\n正文。\n')
    art = load_article(p)
    assert art.title == '送别X：一个"电机痴"的四十年'
    assert art.date == dt.date(2025, 1, 12)
    assert art.warnings == ["front matter: 1 value(s) with unescaped inner double quotes read as text"]


def test_requoting_does_not_hide_another_yaml_error(tmp_path):
    p = write(tmp_path, "q.md", '---\ntitle: "一个"痴"人"\ntags: [unclosed\n---\n正文。\n')
    assert str(load_error(p)) == f"{p}: malformed YAML front matter (line 3)"
