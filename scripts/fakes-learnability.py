#!/usr/bin/python3
"""How far can anything read from an FA-KES article predict its label?

FA-KES marks an article credible or fake by comparing its casualty figures, date and place with the
VDC casualty records. Faultline's credibility score is built from what a reader can check (outlet
grade, corroboration, attribution, hedging), so it can only track those labels as far as the
article's own text and metadata do. This script bounds that: it trains classifiers on the labels
themselves and scores them by 10-fold cross-validation, repeated over shuffles. A ceiling near 0.5
means no function of these inputs, learnable from the set, separates the labels.

Usage: /usr/bin/python3 scripts/fakes-learnability.py ../shared/eval/fakes/fakes-dev.csv
Needs Debian's python3-sklearn (numpy, scipy, scikit-learn). Not part of the build or the tests.
"""
import csv
import re
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

SHUFFLES = 5
HEDGES = ("reportedly", "allegedly", "claimed", "according to", "said", "sources")


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [row["article_title"] + ". " + row["article_content"] for row in rows]
    return rows, texts, np.array([int(row["labels"]) for row in rows])


def metadata(rows):
    """One-hot outlet and governorate, and the year, as a sparse matrix."""
    outlets = sorted({r["source"] for r in rows})
    places = sorted({r["location"] for r in rows})
    years = sorted({r["date"].split("/")[-1] for r in rows})
    def vector(r):
        return ([r["source"] == o for o in outlets] + [r["location"] == p for p in places]
                + [r["date"].split("/")[-1] == y for y in years])
    return csr_matrix(np.array([vector(r) for r in rows], dtype=float))


def surface(texts):
    """Counts a credibility reader could look at: figures, hedges, length (log-scaled, so that
    the linear model sees them on the scale of the n-gram weights)."""
    def vector(t):
        low = t.lower()
        figures = [int(n.replace(",", "")) for n in re.findall(r"\b\d[\d,]*\b", t)]
        figures = [n for n in figures if n < 100000 and not 1900 < n < 2100]
        return [len(t), len(figures), max(figures, default=0)] + [low.count(h) for h in HEDGES]
    return csr_matrix(np.log1p(np.array([vector(t) for t in texts], dtype=float)))


def ceiling(name, x, y, model):
    aucs = []
    for seed in range(SHUFFLES):
        folds = StratifiedKFold(10, shuffle=True, random_state=seed)
        p = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
        aucs.append(roc_auc_score(y, p))
    print(f"| {name} | {np.mean(aucs):.3f} ({min(aucs):.3f}–{max(aucs):.3f}) |")


def main(path):
    rows, texts, y = read(path)
    words = TfidfVectorizer(min_df=2, ngram_range=(1, 2), sublinear_tf=True).fit_transform(texts)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3,
                            sublinear_tf=True).fit_transform(texts)
    meta, counts = metadata(rows), surface(texts)
    print(f"{len(rows)} articles, {int(y.sum())} credible; 10-fold cross-validated ROC AUC, "
          f"mean (range) over {SHUFFLES} shuffles")
    print("| inputs, model | AUC |\n|---|---|")
    logistic = LogisticRegression(C=1.0, max_iter=5000)
    forest = RandomForestClassifier(300, min_samples_leaf=5, random_state=0)
    ceiling("word 1–2-grams, logistic regression", words, y, logistic)
    ceiling("character 2–5-grams, logistic regression", chars, y, logistic)
    ceiling("outlet, governorate, year, random forest", meta.toarray(), y, forest)
    ceiling("figures, hedges, length, random forest", counts.toarray(), y, forest)
    ceiling("all of these, logistic regression", hstack([words, meta, counts]).tocsr(), y,
            LogisticRegression(C=1.0, max_iter=5000))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
