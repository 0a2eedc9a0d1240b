"""Too slow: ROC AUC by comparing every positive with every negative in pure-Python loops,
O(n_pos x n_neg) interpreted steps."""


def precision_recall_f1(y_true, y_pred, positive):
    tp = fp = fn = 0
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        if p == positive and t == positive:
            tp += 1
        elif p == positive:
            fp += 1
        elif t == positive:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def roc_auc(y_true, scores):
    pos = [s for s, t in zip(scores.tolist(), y_true.tolist()) if t == 1]
    neg = [s for s, t in zip(scores.tolist(), y_true.tolist()) if t == 0]
    if not pos or not neg:
        return float("nan")
    wins = 0.0
    for p in pos:
        for q in neg:
            if p > q:
                wins += 1.0
            elif p == q:
                wins += 0.5
    return wins / (len(pos) * len(neg))
