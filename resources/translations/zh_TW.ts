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
    <name>CameraDialog</name>
    <message>
        <source>Reading the MRZ with the camera</source>
        <translation>以攝影機讀取 MRZ</translation>
    </message>
    <message>
        <source>Hold the data page still under the camera…</source>
        <translation>請將資料頁平穩置於攝影機下…</translation>
    </message>
    <message>
        <source>no MRZ in view</source>
        <translation>畫面中沒有 MRZ</translation>
    </message>
    <message>
        <source>not readable yet</source>
        <translation>尚無法辨識</translation>
    </message>
    <message>
        <source>read once, confirming</source>
        <translation>已讀取一次，確認中</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已讀取</translation>
    </message>
    <message>
        <source>Frames: %1 — %2</source>
        <translation>影格：%1 — %2</translation>
    </message>
</context>
<context>
    <name>ChipPanel</name>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Read chip (F6)</source>
        <translation>讀取晶片 (F6)</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>無相片</translation>
    </message>
    <message>
        <source>Place the passport on the reader, then read the chip.</source>
        <translation>請將護照置於讀取機上，再讀取晶片。</translation>
    </message>
    <message>
        <source>Reading the chip…</source>
        <translation>讀取晶片中…</translation>
    </message>
    <message>
        <source>Chip not read: %1</source>
        <translation>晶片未能讀取：%1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>unverified (no CSCA)</source>
        <translation>無法驗證（無 CSCA 憑證）</translation>
    </message>
    <message>
        <source>not offered by the chip</source>
        <translation>晶片未提供</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未執行</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>存取控制：%1</translation>
    </message>
    <message>
        <source>Passive authentication: %1</source>
        <translation>被動驗證：%1</translation>
    </message>
    <message>
        <source>Active authentication: %1</source>
        <translation>主動驗證：%1</translation>
    </message>
    <message>
        <source>THE PRINTED MRZ DIFFERS FROM THE CHIP</source>
        <translation>證件印製的 MRZ 與晶片資料不符</translation>
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
    <name>HitsView</name>
    <message>
        <source>Screening</source>
        <translation>比對</translation>
    </message>
    <message>
        <source>Screening failed: %1</source>
        <translation>比對失敗：%1</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>極高</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <source>ARREST</source>
        <translation>逮捕</translation>
    </message>
    <message>
        <source>deny entry</source>
        <translation>不准入境</translation>
    </message>
    <message>
        <source>deny exit</source>
        <translation>限制出境</translation>
    </message>
    <message>
        <source>refer to secondary</source>
        <translation>轉二線查驗</translation>
    </message>
    <message>
        <source>Screening…</source>
        <translation>比對中…</translation>
    </message>
    <message>
        <source>No document yet.</source>
        <translation>尚未輸入證件。</translation>
    </message>
    <message>
        <source>No hits on the local lists.</source>
        <translation>本地名單無符合資料。</translation>
    </message>
    <message>
        <source>%1 hit(s): read each reason before deciding.</source>
        <translation>符合 %1 筆：請逐一閱讀原因後再作決定。</translation>
    </message>
    <message>
        <source>WARNING: the local replica is empty: screening cannot find anyone. Call a supervisor.</source>
        <translation>警告：本地資料庫是空的，無法比對任何人。請通知督導。</translation>
    </message>
    <message>
        <source>WARNING: stale lists (%1): recent entries may be missing.</source>
        <translation>警告：名單已過期（%1）：可能缺少最新資料。</translation>
    </message>
    <message>
        <source>Screened against: %1</source>
        <translation>比對依據：%1</translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>Machine readable zone (reader, keyboard or camera)</source>
        <translation>機器可讀區（讀取機、鍵盤或攝影機）</translation>
    </message>
    <message>
        <source>Photo… (F7)</source>
        <translation>相片… (F7)</translation>
    </message>
    <message>
        <source>Camera (F8)</source>
        <translation>攝影機 (F8)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入境</translation>
    </message>
    <message>
        <source>Exit (F2)</source>
        <translation>出境 (F2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>optional, for the record</source>
        <translation>選填，記入紀錄</translation>
    </message>
    <message>
        <source>Admit (F9)</source>
        <translation>准予通關 (F9)</translation>
    </message>
    <message>
        <source>Refer (F10)</source>
        <translation>轉二線 (F10)</translation>
    </message>
    <message>
        <source>Refuse (F11)</source>
        <translation>拒絕 (F11)</translation>
    </message>
    <message>
        <source>Supervisor clears hit (F12)</source>
        <translation>督導解除 (F12)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>（無原因）</translation>
    </message>
    <message>
        <source>Scan the document and wait for screening first.</source>
        <translation>請先掃描證件並等待比對完成。</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>准予通關</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>轉二線</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Recorded No. %1: %2.</source>
        <translation>已記錄第 %1 筆：%2。</translation>
    </message>
    <message>
        <source>Photo of the data page</source>
        <translation>資料頁相片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>影像 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Reading the MRZ in the photo…</source>
        <translation>正在辨識相片中的 MRZ…</translation>
    </message>
    <message>
        <source>MRZ read from the image: compare it with the document.</source>
        <translation>已由影像讀取 MRZ：請與證件核對。</translation>
    </message>
    <message>
        <source>The MRZ could not be read with certainty (line:column %1). Take another picture or type it.</source>
        <translation>MRZ 無法確實辨識（行:欄 %1）。請重拍或以手動輸入。</translation>
    </message>
    <message>
        <source>The MRZ read from the image fails its checks. Take another picture or type it.</source>
        <translation>由影像讀取的 MRZ 未通過檢查。請重拍或以手動輸入。</translation>
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
        <source>&amp;Supervisor</source>
        <translation>督導(&amp;S)</translation>
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
    <message>
        <source>Name index rebuilt: %1</source>
        <translation>名稱索引已重建：%1</translation>
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
<context>
    <name>SupervisorAuthDialog</name>
    <message>
        <source>Supervisor override</source>
        <translation>督導解除</translation>
    </message>
    <message>
        <source>A supervisor clears the hit and takes responsibility for admitting this traveller. The override is recorded with the supervisor's name.</source>
        <translation>由督導解除符合警示並負責准予此旅客通關。解除紀錄會載明督導姓名。</translation>
    </message>
    <message>
        <source>Supervisor ID</source>
        <translation>督導帳號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Enter the supervisor's ID and password.</source>
        <translation>請輸入督導帳號與密碼。</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <source>Emergency mode</source>
        <translation>緊急作業模式</translation>
    </message>
    <message>
        <source>reason (goes into the record)</source>
        <translation>原因（記入紀錄）</translation>
    </message>
    <message>
        <source>Declare emergency</source>
        <translation>宣告緊急作業</translation>
    </message>
    <message>
        <source>End emergency</source>
        <translation>結束緊急作業</translation>
    </message>
    <message>
        <source>Post-hoc alerts from the central system</source>
        <translation>中央系統事後警示</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>發出時間</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>名單項目</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>處置</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Acknowledge selected alert</source>
        <translation>確認所選警示</translation>
    </message>
    <message>
        <source>Records the central system refused</source>
        <translation>中央系統拒收的紀錄</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Send selected record again</source>
        <translation>重新傳送所選紀錄</translation>
    </message>
    <message>
        <source>Locked-out officers</source>
        <translation>遭鎖定的查驗員</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>查驗員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>Unlock selected officer</source>
        <translation>解除所選查驗員鎖定</translation>
    </message>
    <message>
        <source>EMERGENCY MODE since %1, declared by %2: %3</source>
        <translation>緊急作業模式：自 %1 起，由 %2 宣告：%3</translation>
    </message>
    <message>
        <source>Normal mode. Declare emergency mode when the central system is down.</source>
        <translation>一般模式。中央系統故障時請宣告緊急作業模式。</translation>
    </message>
    <message>
        <source>Say why: the reason goes into every record.</source>
        <translation>請說明原因：原因會記入每一筆紀錄。</translation>
    </message>
    <message>
        <source>Emergency mode declared.</source>
        <translation>已宣告緊急作業模式。</translation>
    </message>
    <message>
        <source>Emergency mode ended.</source>
        <translation>已結束緊急作業模式。</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>已確認警示。</translation>
    </message>
    <message>
        <source>The record goes out with the next sync.</source>
        <translation>此紀錄將於下次同步時傳送。</translation>
    </message>
    <message>
        <source>Officer unlocked.</source>
        <translation>已解除查驗員鎖定。</translation>
    </message>
</context>
</TS>