class Query:
    def __init__(self, table):
        self.table = table
        self.wheres = []
        self.order = None
        self.lim = None
    def where(self, cond):
        self.wheres.append(cond)
        return self
    def order_by(self, col):
        self.order = col
        return self
    def limit(self, n):
        self.lim = n
        return self
    def build(self):
        sql = "SELECT * FROM " + self.table
        if self.wheres:
            sql += " WHERE " + " AND ".join(self.wheres)
        if self.order:
            sql += " ORDER BY " + self.order
        if self.lim is not None:
            sql += " LIMIT " + str(self.lim)
        return sql
    def __str__(self):
        return self.build()
print(Query("users").where("age > 18").where("active = 1").order_by("name").limit(10))
print(Query("t").build())
q = Query("x")
same = q.where("a").limit(0)
print(same is q, q.build())
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
    def inc_by(self, k):
        for _ in range(k):
            self.inc()
        return self
    def value(self):
        return type(self).__name__ + "=" + str(self.n)
print(Counter().inc().inc_by(4).inc().value())
