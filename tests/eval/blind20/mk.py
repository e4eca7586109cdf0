import sys,re
# usage: mk.py text rows.src out.tsv ; rows.src: search<TAB>14 cols (line col = 0)
txt=open(sys.argv[1],encoding='utf-8').read().split('\n')
H="kind\tname\taliases\tline\tsection\tcare_level\ttarget_group\taudience\tform\tstatus\tage_min\tage_max\tyears\tnote"
out=[H]
for r in open(sys.argv[2],encoding='utf-8').read().split('\n'):
    if not r.strip(): continue
    c=r.split('\t'); s=c[0]; cols=c[1:]
    assert len(cols)==14,(len(cols),r)
    ln=[i+1 for i,l in enumerate(txt) if s in l]
    if not ln: print("NOTFOUND",s); continue
    cols[3]=str(ln[0])
    out.append('\t'.join(cols))
open(sys.argv[3],'w',encoding='utf-8').write('\n'.join(out)+'\n')
print(len(out)-1,"rows")
