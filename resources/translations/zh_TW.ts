<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <source>No workstation profile at %1.
An installer sets it up with: python -m desktop init</source>
        <translation>%1 沒有工作站設定檔。
請由安裝人員執行：python -m desktop init</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Document code</source>
        <translation>證件類別</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>核發國</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>效期截止日</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>選用資料</translation>
    </message>
    <message>
        <source>Document (MRZ)</source>
        <translation>證件（機器可讀區）</translation>
    </message>
    <message>
        <source>Scan or type the MRZ of the travel document.</source>
        <translation>請掃描或輸入旅行證件的機器可讀區（MRZ）。</translation>
    </message>
    <message>
        <source>MRZ valid: format and check digits correct.</source>
        <translation>MRZ 有效：格式與檢查碼正確。</translation>
    </message>
    <message>
        <source>MRZ NOT valid:</source>
        <translation>MRZ 無效：</translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>Machine readable zone (reader, keyboard or camera)</source>
        <translation>機器可讀區（讀取機、鍵盤或攝影機）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Border inspection — login</source>
        <translation>證照查驗 — 登入</translation>
    </message>
    <message>
        <source>Border inspection workstation</source>
        <translation>證照查驗工作站</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Officer ID</source>
        <translation>查驗員帳號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Enter your officer ID and password.</source>
        <translation>請輸入查驗員帳號與密碼。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>驗證中…</translation>
    </message>
    <message>
        <source>Unknown officer ID or wrong password.</source>
        <translation>帳號不存在或密碼錯誤。</translation>
    </message>
    <message>
        <source>Too many failed attempts: locked until %1. A supervisor can unlock you.</source>
        <translation>失敗次數過多：鎖定至 %1。可請督導解除鎖定。</translation>
    </message>
    <message>
        <source>This officer ID is no longer active on this workstation.</source>
        <translation>此帳號在本工作站已停用。</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>登入失敗：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Border inspection workstation</source>
        <translation>證照查驗工作站</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>查驗(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>紀錄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>工作階段(&amp;S)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>入出境</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>暫停傳送</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status unavailable: %1</source>
        <translation>無法取得狀態：%1</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>查驗員：%1（%2）</translation>
    </message>
    <message>
        <source>EMERGENCY MODE</source>
        <translation>緊急作業模式</translation>
    </message>
    <message>
        <source>Normal mode</source>
        <translation>一般模式</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>連線不穩</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Replica: none</source>
        <translation>本地資料：無</translation>
    </message>
    <message>
        <source>Replica: %1 old</source>
        <translation>本地資料：%1 前</translation>
    </message>
    <message>
        <source> — STALE</source>
        <translation> — 已過期</translation>
    </message>
    <message>
        <source>Outbox: %1 pending, %2 parked</source>
        <translation>待傳：%1 筆，暫停：%2 筆</translation>
    </message>
    <message>
        <source>Reader: PC/SC unavailable</source>
        <translation>讀取機：PC/SC 無法使用</translation>
    </message>
    <message>
        <source>Reader: none</source>
        <translation>讀取機：無</translation>
    </message>
    <message>
        <source>Reader: card present</source>
        <translation>讀取機：已放置證件</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>讀取機：就緒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>查驗員</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>督導</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>安裝人員</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>本機</translation>
    </message>
</context>
</TS>