MATCH  p= (a)<-[*]->(b)
RETURN collect(nodes(p)) AS paths ,length(p) AS l
ORDER BY l